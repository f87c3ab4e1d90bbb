package io.todoplatform.distributed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Which replica leads a module schema's events, as its metrics say
 * ({@code todo_events_leader}, ADR 0015).
 */
final class EventLeaders {

	private static final HttpClient http = HttpClient.newHttpClient();

	private EventLeaders() {
	}

	/** The replica that leads the schema's events now. */
	static App of(List<App> replicas, String schema) {
		return E2e
			.await(() -> replicas.stream().filter(replica -> leads(replica, schema)).toList(),
					leaders -> leaders.size() == 1, Duration.ofSeconds(30))
			.getFirst();
	}

	private static boolean leads(App replica, String schema) {
		try {
			var metrics = http
				.send(HttpRequest.newBuilder(URI.create(replica.process().managementUrl() + "/actuator/prometheus"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			return metrics.contains("todo_events_leader{schema=\"" + schema + "\"} 1");
		}
		catch (java.io.IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
