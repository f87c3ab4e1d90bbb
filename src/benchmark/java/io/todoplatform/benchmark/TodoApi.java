package io.todoplatform.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Builds the app's HTTP requests and sends them. Requests are built separately from
 * sending so that callers can take the send time as close to the wire as possible.
 */
final class TodoApi {

	private static final String JSON = "application/json";

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private final HttpClient http;

	private final URI base;

	private final Duration timeout;

	TodoApi(URI base, Duration timeout) {
		this.base = base;
		this.timeout = timeout;
		// HTTP/1.1 keeps one request per connection at a time, like most browsers and API
		// clients would here.
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
		return http.sendAsync(request, BodyHandlers.ofString());
	}

	HttpResponse<String> sendAndWait(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, BodyHandlers.ofString());
	}

	/** Signs a local user in; fails unless the app answers with a token. */
	CompletableFuture<String> token(String username) {
		var request = builder("/auth/token").header("Content-Type", JSON)
			.POST(BodyPublishers.ofString(Json.object("username", username)))
			.build();
		return send(request).thenApply(response -> {
			if (response.statusCode() != 200) {
				throw new IllegalStateException("token for " + username + ": HTTP " + response.statusCode() + " "
						+ Json.abbreviate(response.body()));
			}
			return Json.string(response.body(), "access_token");
		});
	}

	HttpRequest create(String token, String json) {
		return authorized(token, "/api/v1/tasks").header("Content-Type", JSON)
			.POST(BodyPublishers.ofString(json))
			.build();
	}

	HttpRequest get(String token, String id) {
		return authorized(token, "/api/v1/tasks/" + id).GET().build();
	}

	/**
	 * {@code query} is an already encoded query string such as
	 * {@code status=OPEN&sort=dueAt,asc}.
	 */
	HttpRequest list(String token, String query) {
		return authorized(token, "/api/v1/tasks?" + query).GET().build();
	}

	HttpRequest search(String token, String words) {
		return list(token, "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
	}

	HttpRequest patch(String token, String id, String mergePatch) {
		return authorized(token, "/api/v1/tasks/" + id).header("Content-Type", MERGE_PATCH)
			.method("PATCH", BodyPublishers.ofString(mergePatch))
			.build();
	}

	HttpRequest getPath(String token, String path) {
		return authorized(token, path).GET().build();
	}

	HttpRequest post(String token, String path, String json) {
		return authorized(token, path).header("Content-Type", JSON).POST(BodyPublishers.ofString(json)).build();
	}

	HttpRequest complete(String token, String id) {
		return authorized(token, "/api/v1/tasks/" + id + "/complete").POST(BodyPublishers.noBody()).build();
	}

	/**
	 * Polls the readiness probe; gives up early when the app process has died, since it
	 * will never answer.
	 */
	void awaitReady(Duration limit, BooleanSupplier appAlive) throws InterruptedException {
		var deadline = System.nanoTime() + limit.toNanos();
		var probe = builder("/actuator/health/readiness").timeout(Duration.ofSeconds(2)).GET().build();
		while (System.nanoTime() < deadline) {
			if (!appAlive.getAsBoolean()) {
				throw new IllegalStateException("the app exited before it became ready; see its log");
			}
			try {
				if (sendAndWait(probe).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// Expected while the app starts.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the app was not ready within " + limit.toSeconds() + " s");
	}

	private HttpRequest.Builder authorized(String token, String path) {
		return builder(path).header("Authorization", "Bearer " + token);
	}

	private HttpRequest.Builder builder(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
	}

}
