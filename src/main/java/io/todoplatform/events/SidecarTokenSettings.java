package io.todoplatform.events;

import org.jspecify.annotations.Nullable;

/**
 * How a call on a route only the Dapr sidecar uses proves where it comes from (see
 * {@link DaprAppToken}).
 *
 * @param appApiToken the sidecar's {@code APP_API_TOKEN}, which it sends as the
 * {@code dapr-api-token} header ({@code TODO_EVENTS_DAPR_APP_API_TOKEN}; in the
 * distributed profiles also read from {@code APP_API_TOKEN}, where the Dapr sidecar
 * injector puts it)
 * @param allowUnauthenticatedSidecar runs without a token, for development on a machine
 * where the app listens on loopback only; refused when the server binds any other address
 */
public record SidecarTokenSettings(@Nullable String appApiToken, boolean allowUnauthenticatedSidecar) {

	public SidecarTokenSettings {
		appApiToken = appApiToken == null || appApiToken.isBlank() ? null : appApiToken;
	}
}
