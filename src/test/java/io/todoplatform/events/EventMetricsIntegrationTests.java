package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Inboxes;
import io.todoplatform.support.Prometheus;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators see of the events on {@code /actuator/prometheus} (docs/metrics.md):
 * events published and handled per topic and outcome, and the depth of each schema's
 * outbox, inbox and set-aside events. The tests share the application with others, so
 * they compare counters before and after their own action.
 */
@ApiTest
class EventMetricsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	Outbox outbox;

	@Autowired
	Inbox inbox;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	DatabaseClient database;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("tasksSchema")
	ModuleSchema tasks;

	@Test
	void aCreatedTaskCountsAsPublishedOnItsTopicAndAsHandledByEachConsumer() {
		var before = Prometheus.scrape(web);
		var api = new Api(web);
		api.createId(api.newUser(), Map.of("title", "Counted", "reminders",
				List.of(Map.of("at", Instant.now().plus(Duration.ofDays(1)).toString()))));

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var after = Prometheus.scrape(web);
			assertThat(grew(before, after, "todo_events_published_total", "schema", "tasks", "topic", "in-process"))
				.isTrue();
			assertThat(grew(before, after, "todo_events_handled_total", "consumer", "notifications.follow-tasks",
					"topic", "in-process", "outcome", "handled"))
				.isTrue();
			// Notifications' own reminder events go from its outbox to its inbox.
			assertThat(grew(before, after, "todo_events_handled_total", "consumer", "notifications.arm-scheduler",
					"topic", "own", "outcome", "handled"))
				.isTrue();
		});
	}

	@Test
	void anEventTakenInAgainCountsAsADuplicate() {
		var owner = "user-" + UUID.randomUUID();
		var event = CloudEvent.of("/todo-platform/tasks", "task.created", UUID.randomUUID().toString(), Instant.now(),
				owner, null, json.valueToTree(Poison.task(owner, List.of())));
		inbox.receive(event).block();
		Inboxes.awaitSettled(database, "notifications", event.id());
		var before = Prometheus.scrape(web);

		inbox.receive(event).block();

		assertThat(grew(before, Prometheus.scrape(web), "todo_events_handled_total", "consumer",
				"notifications.follow-tasks", "topic", "in-process", "outcome", "duplicate"))
			.isTrue();
	}

	@Test
	void aPoisonEventCountsAsSetAsideAndShowsInTheSetAsideGauge() {
		var before = Prometheus.scrape(web);
		var poison = Poison.taskWithAnUnstorableReminder(json);

		transaction.transactional(outbox.append(tasks, poison)).block();

		Inboxes.awaitSettled(database, "notifications", poison.id());
		assertThat(grew(before, Prometheus.scrape(web), "todo_events_handled_total", "consumer",
				"notifications.follow-tasks", "topic", "in-process", "outcome", "set-aside"))
			.isTrue();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					Prometheus.value(Prometheus.scrape(web), "todo_events_set_aside", "schema", "notifications")
						.orElse(0))
				.isPositive());
	}

	@Test
	void everySchemaShowsTheDepthOfItsQueuesAndHowLongTheirOldestEventWaited() {
		var metrics = Prometheus.scrape(web);

		for (var schema : List.of("tasks", "recurrence", "notifications")) {
			assertThat(Prometheus.value(metrics, "todo_events_set_aside", "schema", schema)).isPresent();
			for (var queue : List.of("outbox", "inbox")) {
				assertThat(Prometheus.value(metrics, "todo_events_backlog", "schema", schema, "queue", queue))
					.isPresent();
				assertThat(Prometheus.value(metrics, "todo_events_oldest_seconds", "schema", schema, "queue", queue))
					.isPresent();
			}
		}
		// Every outcome of every consumer is there before its first event.
		assertThat(Prometheus.value(metrics, "todo_events_handled_total", "consumer", "tasks.series-requests", "topic",
				"in-process", "outcome", "retried"))
			.isPresent();
	}

	/** Whether the sample is larger after than before (absent before counts as 0). */
	private static boolean grew(String before, String after, String name, String... labels) {
		return Prometheus.value(after, name, labels).orElse(0) > Prometheus.value(before, name, labels).orElse(0);
	}

}
