package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.todoplatform.support.Api;
import io.todoplatform.support.Prometheus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events between the tasks and recurrence processes over real Dapr sidecars and a real
 * Kafka broker: what is on the topics, how fast and in which order it arrives, and what
 * happens to duplicates and poison.
 */
class EventFlowE2ETests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static DistributedTopology topology;

	private static ProbeSubscriber probe;

	private static Api tasks;

	private static Api recurrence;

	private static TopicReader topics;

	@BeforeAll
	static void start() throws Exception {
		// Notifications plays no part here: two app-ids start sooner on two cores.
		topology = DistributedTopology.start(TopologyOptions.forTests("event-flow").withAppIds("tasks", "recurrence"));
		probe = new ProbeSubscriber("task-modifications");
		topology.startSidecar(ProbeSubscriber.APP_ID, probe.port());
		tasks = Api.at(topology.app("tasks").process().baseUrl());
		recurrence = Api.at(topology.app("recurrence").process().baseUrl());
		topics = new TopicReader(topology.kafka().bootstrapServers());
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
		if (probe != null) {
			probe.close();
		}
	}

	@Test
	void aCreatedTaskIsOnTaskOperationsAsOurCloudEventKeyedByItsOwner() {
		var user = tasks.newUser();
		var taskId = tasks.createId(user, Map.of("title", "Buy milk"));

		var record = topics.await("task-operations", about(taskId), found -> !found.isEmpty(), Duration.ofSeconds(10))
			.getFirst();

		var event = json.readTree(record.value());
		assertThat(record.key()).isEqualTo(user.name());
		assertThat(event.path("type").asString()).isEqualTo("task.created");
		assertThat(event.path("subject").asString()).isEqualTo(taskId);
		assertThat(event.path("source").asString()).isEqualTo("/todo-platform/tasks");
		assertThat(UUID.fromString(event.path("id").asString())).isNotNull();
		assertThat(event.path("data").path("title").asString()).isEqualTo("Buy milk");
	}

	@Test
	void completingADailyOccurrenceCreatesTheNextThroughRecurrenceInOneTrace() {
		var user = tasks.newUser();
		var started = recurrence.startSeries(user,
				Map.of("title", "Stretch", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = ((Map<?, ?>) started.get("series")).get("id");
		var first = E2e.await(() -> tasks.occurrences(user, seriesId), list -> list.size() == 1, Duration.ofSeconds(5))
			.getFirst();
		var traceId = UUID.randomUUID().toString().replace("-", "");

		var completedAt = System.nanoTime();
		tasks.web()
			.post()
			.uri("/api/v1/tasks/{id}/complete", first.get("id"))
			.headers(user)
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		var next = E2e.await(() -> tasks.occurrences(user, seriesId), list -> list.size() == 2, Duration.ofSeconds(5))
			.get(1);
		var latency = Duration.ofNanos(System.nanoTime() - completedAt);

		System.out
			.println("Completion to next instance through tasks, recurrence and back: " + latency.toMillis() + " ms");
		var completed = topics.await("task-operations", about((String) first.get("id")).and(ofType("task.completed")),
				found -> !found.isEmpty(), Duration.ofSeconds(5));
		var nextCreated = topics.await("task-operations", about((String) next.get("id")).and(ofType("task.created")),
				found -> !found.isEmpty(), Duration.ofSeconds(5));
		assertThat(List.of(completed.getFirst(), nextCreated.getFirst()))
			.extracting(record -> json.readTree(record.value()).path("traceparent").asString())
			.allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
	}

	/**
	 * Between app-ids the events' counters name the Dapr topics, and the next occurrence
	 * is timed in tasks from the completion in tasks, across recurrence
	 * (docs/metrics.md).
	 */
	@Test
	void theEventsOfACompletedOccurrenceAreCountedPerDaprTopic() {
		var user = tasks.newUser();
		var seriesId = startDailySeries(user);
		tasks.complete(user, awaitOccurrences(user, seriesId, 1).getFirst().get("id"));
		awaitOccurrences(user, seriesId, 2);

		var tasksMetrics = E2e.await(() -> metricsOf("tasks"),
				text -> Prometheus.value(text, "todo_recurrence_next_occurrence_seconds_count", "trigger", "completed")
					.orElse(0) > 0,
				Duration.ofSeconds(30));
		assertThat(Prometheus
			.value(tasksMetrics, "todo_events_published_total", "schema", "tasks", "topic", "task-operations")
			.orElse(0)).isPositive();
		assertThat(Prometheus
			.value(tasksMetrics, "todo_events_handled_total", "consumer", "tasks.series-requests", "topic",
					"recurrence-operations", "outcome", "handled")
			.orElse(0)).isPositive();
		var recurrenceMetrics = metricsOf("recurrence");
		assertThat(Prometheus
			.value(recurrenceMetrics, "todo_events_published_total", "schema", "recurrence", "topic",
					"recurrence-operations")
			.orElse(0)).isPositive();
		assertThat(Prometheus
			.value(recurrenceMetrics, "todo_events_handled_total", "consumer", "recurrence.follow-tasks", "topic",
					"task-operations", "outcome", "handled")
			.orElse(0)).isPositive();
		assertThat(
				Prometheus.value(recurrenceMetrics, "todo_events_backlog", "schema", "recurrence", "queue", "outbox"))
			.isPresent();
	}

	private static String metricsOf(String appId) {
		var answer = SidecarCalls.get(topology.app(appId).process().managementUrl() + "/actuator/prometheus");
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	@Test
	void aThousandUpdatesOfOneUserArriveAtTheConsumerInOrder() {
		var user = tasks.newUser();
		var taskIds = List.of(tasks.createId(user, Map.of("title", "a")), tasks.createId(user, Map.of("title", "b")));
		for (int i = 1; i <= 1000; i++) {
			tasks.web()
				.patch()
				.uri("/api/v1/tasks/{id}", taskIds.get(i % 2))
				.headers(user)
				.contentType(Api.MERGE_PATCH)
				.bodyValue(Map.of("title", "update " + i))
				.exchange()
				.expectStatus()
				.isOk();
		}

		var updates = E2e.await(
				() -> probe.received().stream().filter(event -> taskIds.contains(event.subject())).toList(),
				list -> list.size() >= 1000, Duration.ofSeconds(60));

		assertThat(updates).extracting(event -> event.event().path("data").path("title").asString())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 1000).mapToObj(i -> "update " + i).toList());
	}

	@Test
	void theSameEventDeliveredTwiceHasOneEffect() {
		var user = tasks.newUser();
		var seriesId = startDailySeries(user);
		var first = awaitOccurrences(user, seriesId, 1).getFirst();
		tasks.complete(user, first.get("id"));
		awaitOccurrences(user, seriesId, 2);
		var completed = topics
			.await("task-operations", about((String) first.get("id")).and(ofType("task.completed")),
					found -> !found.isEmpty(), Duration.ofSeconds(5))
			.getFirst();
		var due = topics
			.await("recurrence-operations",
					ofType("recurrence.instance-due").and(record -> record.value().contains(String.valueOf(seriesId))),
					found -> found.size() == 2, Duration.ofSeconds(5))
			.get(1);

		topics.write("task-operations", completed.partition(), completed.key(), completed.value());
		topics.write("recurrence-operations", due.partition(), due.key(), due.value());
		// A later event of the same user, on the same partitions: once it has had its
		// effect, so have the copies.
		tasks.complete(user, awaitOccurrences(user, seriesId, 2).get(1).get("id"));

		assertThat(awaitOccurrences(user, seriesId, 3)).hasSize(3);
		Awaitility.await()
			.during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> tasks.occurrences(user, seriesId).size() == 3);
	}

	/**
	 * What is not one of our CloudEvents goes to the dead-letter topic; one of ours that
	 * its consumer can never handle is taken in and set aside in the consumer's inbox.
	 * Either way the partition flows on.
	 */
	@Test
	void poisonIsDeadLetteredOrSetAsideAndLaterMessagesOnItsPartitionStillFlow() {
		var user = tasks.newUser();
		var seriesId = startDailySeries(user);
		var first = awaitOccurrences(user, seriesId, 1).getFirst();
		var created = topics
			.await("task-operations", about((String) first.get("id")), found -> !found.isEmpty(), Duration.ofSeconds(5))
			.getFirst();
		var notJson = "not json " + UUID.randomUUID();
		var unprocessable = malformedCompletion(created);

		topics.write("task-operations", created.partition(), user.name(), notJson);
		topics.write("task-operations", created.partition(), user.name(), unprocessable);
		tasks.complete(user, first.get("id"));

		assertThat(awaitOccurrences(user, seriesId, 2)).hasSize(2);
		var deadLetters = topics.await("task-operations-dlq", record -> record.value().equals(notJson),
				found -> found.size() == 1, Duration.ofSeconds(30));
		assertThat(deadLetters).hasSize(1);
		assertThat(E2e.await(() -> setAsideBecause("recurrence", marker(unprocessable)), reason -> reason != null,
				Duration.ofSeconds(30)))
			.startsWith("unprocessable");
	}

	/** Why an event was set aside in a schema's inbox, or null. */
	private static String setAsideBecause(String schema, String eventId) {
		try (var connection = DriverManager.getConnection(
				"jdbc:postgresql://" + FreePorts.HOST + ":" + topology.postgresPort() + "/postgres", "postgres", "");
				var statement = connection
					.prepareStatement("select reason from " + schema + ".set_aside_events where event_id = ?")) {
			statement.setString(1, eventId);
			var result = statement.executeQuery();
			return result.next() ? result.getString(1) : null;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A well-formed task.completed CloudEvent whose data no handler can read. */
	private static String malformedCompletion(ConsumerRecord<String, String> created) {
		var event = (ObjectNode) json.readTree(created.value());
		event.put("id", UUID.randomUUID().toString());
		event.put("type", "task.completed");
		event.putObject("data").put("owner", created.key()).put("seriesId", "not a uuid").put("occurrence", "x");
		return json.writeValueAsString(event);
	}

	private static String marker(String event) {
		return json.readTree(event).path("id").asString();
	}

	private static Object startDailySeries(Api.User user) {
		var started = recurrence.startSeries(user,
				Map.of("title", "Daily", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		return ((Map<?, ?>) started.get("series")).get("id");
	}

	private static List<Map<String, Object>> awaitOccurrences(Api.User user, Object seriesId, int count) {
		return E2e.await(() -> tasks.occurrences(user, seriesId), list -> list.size() >= count, Duration.ofSeconds(10));
	}

	/**
	 * Matches by text, not by parsing: other tests leave messages on the topics that are
	 * not JSON.
	 */
	private static Predicate<ConsumerRecord<String, String>> about(String subject) {
		return record -> record.value().contains("\"subject\":\"" + subject + "\"");
	}

	private static Predicate<ConsumerRecord<String, String>> ofType(String type) {
		return record -> record.value().contains("\"type\":\"" + type + "\"");
	}

}
