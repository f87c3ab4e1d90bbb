package io.todoplatform.assistant.application;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.TASKS;

/**
 * The task of an occurrence, once it exists: the recurrence API names it at once, but the
 * tasks module makes it from an event, a moment later (in the distributed mode after a
 * trip through the broker). A tool waits a little for it rather than give the model an id
 * that does not work yet.
 */
@Component
class OccurrenceTasks {

	private static final Duration POLL = Duration.ofMillis(100);

	private final PlatformApi api;

	private final Duration wait;

	OccurrenceTasks(PlatformApi api, @Value("${todo.assistant.tools.occurrence-wait:5s}") Duration wait) {
		this.api = api;
		this.wait = wait;
	}

	/** The task as {@link TaskViews} shows it, or empty when it is not there in time. */
	Mono<Map<String, Object>> await(Credentials who, String taskId) {
		return poll(() -> api.send(who, ApiCall.get(TASKS, TaskTools.path(taskId)))
			.filter(ApiAnswer::ok)
			.map(found -> TaskViews.of(found.object())));
	}

	/**
	 * The series' open occurrence other than the one just completed, once the recurrence
	 * module has made it; empty if it is not there in time (or the series ended).
	 */
	Mono<Map<String, Object>> awaitNext(Credentials who, String seriesId, String completedId) {
		var query = new Query(TaskTools.TASKS_PATH).add("seriesId", seriesId)
			.add("status", "OPEN")
			.add("sort", "dueAt,asc");
		return poll(() -> api.send(who, ApiCall.get(TASKS, query.toString()))
			.mapNotNull(page -> TaskViews.all(page.object().get("items"))
				.stream()
				.filter(task -> !completedId.equals(task.get("id")))
				.findFirst()
				.orElse(null)));
	}

	/**
	 * Looks again until the lookup finds something or the wait is over; a failed lookup
	 * is no failure of the tool that waits.
	 */
	private Mono<Map<String, Object>> poll(Supplier<Mono<Map<String, Object>>> lookup) {
		return Mono.defer(lookup)
			.repeatWhenEmpty(attempts -> attempts.concatMap(attempt -> Mono.delay(POLL)))
			.timeout(wait, Mono.empty())
			.onErrorResume(e -> Mono.empty());
	}

}
