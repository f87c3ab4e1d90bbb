package io.todoplatform.distributed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api.User;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls the reminder benchmarks make: a task with one {@code at} reminder, and
 * the user's reminders.
 */
final class ReminderCalls {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private ReminderCalls() {
	}

	/** A task titled by {@code prefix} and its reminder's fire time. */
	static Mono<Void> createTask(String tasksUrl, User user, String prefix, Instant fireAt) {
		var body = json.writeValueAsString(
				Map.of("title", prefix + " " + fireAt, "reminders", List.of(Map.of("at", fireAt.toString()))));
		var request = HttpRequest.newBuilder(URI.create(tasksUrl + "/api/v1/tasks"))
			.header("Authorization", "Bearer " + user.token())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
			.flatMap(response -> response.statusCode() == 201 ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("Creating a task answered " + response.statusCode())));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> reminders(String url, User user) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url + "/api/v1/reminders"))
			.header("Authorization", "Bearer " + user.token())
			.build();
		return json.readValue(http.send(request, HttpResponse.BodyHandlers.ofString()).body(), List.class);
	}

}
