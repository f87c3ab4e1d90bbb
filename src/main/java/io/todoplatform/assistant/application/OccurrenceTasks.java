package io.todoplatform.assistant.application;

import java.time.Duration;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.out.ApiAnswer;
import io.todoplatform.assistant.application.port.out.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.assistant.application.port.out.ApiCall.Service.TASKS;

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
		return Mono.defer(() -> api.send(who, ApiCall.get(TASKS, TaskTools.TASKS_PATH + "/" + taskId)))
			.filter(ApiAnswer::ok)
			.repeatWhenEmpty(attempts -> attempts.concatMap(attempt -> Mono.delay(POLL)))
			.timeout(wait, Mono.empty())
			.map(found -> TaskViews.of(found.object()));
	}

}
