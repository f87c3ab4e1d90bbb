package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.todoplatform.TodoPlatform;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.Api;
import io.todoplatform.support.Inboxes;
import io.todoplatform.support.RecordedEvents;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change committed but not delivered when the application stopped is delivered when it
 * starts again.
 */
class OutboxRecoveryIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void anUndeliveredEventIsDeliveredAfterARestart() {
		String id;
		try (var first = start()) {
			// Nothing is relayed in this run: the event stays in the outbox, as if the
			// process died after commit.
			first.getBean(Leadership.class).stop();
			var api = Api.of(first);
			id = api.createId(api.newUser(), Map.of("title", "Committed, not yet delivered"));
			assertThat(first.getBean(RecordedEvents.class).about(id)).isEmpty();
		}

		try (var second = start()) {
			var delivered = second.getBean(RecordedEvents.class).awaitAbout(id, list -> !list.isEmpty());

			assertThat(delivered).extracting(CloudEvent::type).containsExactly("task.created");
		}
	}

	@Test
	void aCompletionNotYetDeliveredWhenTheApplicationStoppedStillCreatesTheNextOccurrenceOnce() {
		String seriesId;
		Api.User user;
		try (var first = start()) {
			var api = Api.of(first);
			user = api.newUser();
			var created = api.web()
				.post()
				.uri("/api/v1/recurring-tasks")
				.headers(user)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(
						Map.of("title", "Survives restarts", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(Api.JSON)
				.returnResult()
				.getResponseBody();
			seriesId = (String) ((Map<?, ?>) created.get("series")).get("id");
			var firstTask = (String) created.get("firstTaskId");
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> occurrences(api, user, seriesId) == 1);

			first.getBean(Leadership.class).stop();
			api.web()
				.post()
				.uri("/api/v1/tasks/{id}/complete", firstTask)
				.headers(user)
				.exchange()
				.expectStatus()
				.isOk();
			Awaitility.await().during(Duration.ofMillis(300)).until(() -> occurrences(api, user, seriesId) == 1);
		}

		try (var second = start()) {
			var api = Api.of(second);
			var again = api.signIn(user.name());

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> occurrences(api, again, seriesId) == 2);
			Awaitility.await().during(Duration.ofMillis(500)).until(() -> occurrences(api, again, seriesId) == 2);
		}
	}

	@Test
	void aPoisonedEventLeftByAnEarlierRunIsSetAsideAndHoldsBackNothing() {
		String id;
		CloudEvent poison;
		try (var first = start()) {
			first.getBean(Leadership.class).stop();
			poison = Poison.taskWithAnUnstorableReminder(first.getBean(JsonMapper.class));
			first.getBean(TransactionalOperator.class)
				.transactional(
						first.getBean(Outbox.class).append(first.getBean("tasksSchema", ModuleSchema.class), poison))
				.block();
			var api = Api.of(first);
			id = api.createId(api.newUser(), Map.of("title", "Behind the poison"));
		}

		try (var second = start()) {
			second.getBean(RecordedEvents.class).awaitAbout(id, list -> !list.isEmpty());
			var database = second.getBean(DatabaseClient.class);
			Inboxes.awaitSettled(database, "notifications", poison.id());
			assertThat(Inboxes.setAsideBecause(database, "notifications", poison.id())).startsWith("unprocessable");
		}
	}

	private static long occurrences(Api api, Api.User user, String seriesId) {
		return ((Number) api.page(user, "seriesId=" + seriesId).get("totalItems")).longValue();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TodoPlatform.class, RecordedEvents.class).run("--server.port=0",
				"--todo.storage.data-dir=" + dataDir);
	}

}
