package io.todoplatform.distributed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Calls on the routes of an app that only its sidecar should make, as the sidecar makes
 * them, or as a forger would.
 */
final class SidecarCalls {

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private SidecarCalls() {
	}

	/**
	 * Delivers a CloudEvent of {@code topic} as daprd does; the status code of the
	 * answer.
	 */
	static int deliverEvent(App replica, String topic, String cloudEvent, @Nullable String token) {
		return post(replica.process().baseUrl() + "/events/" + topic, "application/cloudevents+json", cloudEvent,
				token);
	}

	/** Triggers a Dapr job as daprd does; the status code of the answer. */
	static int triggerJob(App replica, String jobName, String data, @Nullable String token) {
		return post(replica.process().baseUrl() + "/job/" + jobName, "application/json", data, token);
	}

	/** {@code GET}; the status code and the body. */
	static HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
	}

	private static int post(String url, String contentType, String body, @Nullable String token) {
		var request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header(Sidecar.API_TOKEN_HEADER, token);
		}
		return send(request.build()).statusCode();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
		}
	}

}
