package io.todoplatform.assistant.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * complete_task on an occurrence whose next one does not appear in time: the completion
 * still succeeds, and says that the next one comes later.
 */
class TaskCompletionToolsUnitTests {

	static final String TASK_ID = UUID.randomUUID().toString();

	static final Map<String, Object> COMPLETED = Map.of("id", TASK_ID, "title", "Gym", "status", "COMPLETED",
			"priority", "MEDIUM", "tags", List.of(), "timeZone", "Europe/Berlin", "seriesId",
			UUID.randomUUID().toString());

	@Test
	void aNextOccurrenceThatIsNotThereYetIsAnnouncedNotAwaitedForEver() {
		var result = complete((who, call) -> Mono.just(call.method() == HttpMethod.POST ? new ApiAnswer(200, COMPLETED)
				: new ApiAnswer(200, Map.of("items", List.of(COMPLETED)))));

		assertThat(result.error()).isFalse();
		assertThat(result.structured()).containsKey("task").doesNotContainKey("next");
		assertThat(result.text()).contains("will appear shortly");
	}

	@Test
	void aFailedLookForTheNextOccurrenceIsNoFailureOfTheCompletion() {
		var result = complete((who, call) -> call.method() == HttpMethod.POST ? Mono.just(new ApiAnswer(200, COMPLETED))
				: Mono.error(new IllegalStateException("The API answered 503")));

		assertThat(result.error()).isFalse();
		assertThat(result.text()).startsWith("Completed 'Gym'");
	}

	private static ToolResult complete(PlatformApi api) {
		var entry = new TaskCompletionTools(api, new OccurrenceTasks(api, Duration.ofMillis(500))).entries().getFirst();
		assertThat(entry.tool().name()).isEqualTo("complete_task");
		return entry.handler()
			.handle(new Credentials("someone", "token"), Arguments.of(Map.of("taskId", TASK_ID), entry.tool().input()))
			.block(Duration.ofSeconds(30));
	}

}
