package io.todoplatform.client;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One call of the public API.
 *
 * @param service the app-id whose API it is
 * @param path from {@code /api/v1/...}, with its query string already encoded
 * @param body a JSON value (maps, lists, strings, numbers), or null for none
 * @param contentType the body's media type, e.g. {@code application/merge-patch+json}
 * @param ifMatch the entity tag the resource must still have ({@code If-Match}), or null
 */
public record ApiCall(Service service, HttpMethod method, String path, @Nullable Object body, String contentType,
		@Nullable String ifMatch) {

	public ApiCall {
		// In pods the recurrence and notifications calls go through Dapr service
		// invocation, whose access policy lets tasks call /api/v1/** and nothing else.
		if (!path.startsWith("/api/v1/")) {
			throw new IllegalArgumentException("A call of the public API is to a path under /api/v1/, not " + path);
		}
	}

	public ApiCall(Service service, HttpMethod method, String path, @Nullable Object body, String contentType) {
		this(service, method, path, body, contentType, null);
	}

	/**
	 * This call, made only if the resource is still at this entity tag: a change made by
	 * someone else since it was read is refused (412), not overwritten.
	 */
	public ApiCall withIfMatch(String entityTag) {
		return new ApiCall(service, method, path, body, contentType, entityTag);
	}

	public static ApiCall get(Service service, String path) {
		return new ApiCall(service, HttpMethod.GET, path, null, "application/json");
	}

	public static ApiCall post(Service service, String path, @Nullable Object body) {
		return new ApiCall(service, HttpMethod.POST, path, body, "application/json");
	}

	public static ApiCall patch(Service service, String path, Object patch) {
		return new ApiCall(service, HttpMethod.PATCH, path, patch, "application/merge-patch+json");
	}

	public static ApiCall delete(Service service, String path) {
		return new ApiCall(service, HttpMethod.DELETE, path, null, "application/json");
	}

	/** The app-ids that serve the public API; each owns the paths of its module. */
	public enum Service {

		TASKS, RECURRENCE, NOTIFICATIONS;

		/** The Dapr app-id, which is also the module's name. */
		public String appId() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
