package io.todoplatform.recurrence.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.EventTransport;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.EventSchemas;
import io.todoplatform.support.Prometheus;
import io.todoplatform.support.RecordedEvents;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recurring tasks end to end in one JVM: the series in recurrence, its occurrences as
 * tasks, the events between.
 */
@ApiTest
class RecurringTasksIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	RecordedEvents events;

	@Autowired
	JsonMapper json;

	@Autowired
	EventTransport transport;

	Api api;

	Api.User user;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void aNewSeriesCreatesItsFirstOccurrenceDueAtDtstart() {
		var created = start(Map.of("title", "Water the plants", "tags", List.of("home"), "priority", "HIGH", "rrule",
				"FREQ=WEEKLY;BYDAY=MO,TH", "dtstart", "2026-11-23T08:00:00", "timeZone", "Europe/Berlin"));
		var series = series(created);

		assertThat(series).containsEntry("active", true)
			.containsEntry("instancesGenerated", 1)
			.containsEntry("dtstart", "2026-11-23T08:00:00")
			.containsEntry("rrule", "FREQ=WEEKLY;BYDAY=MO,TH")
			.containsEntry("currentOccurrence", "2026-11-23T08:00:00+01:00")
			.containsEntry("upcoming", List.of("2026-11-26T08:00:00+01:00", "2026-11-30T08:00:00+01:00",
					"2026-12-03T08:00:00+01:00", "2026-12-07T08:00:00+01:00", "2026-12-10T08:00:00+01:00"));
		var task = awaitTask((String) created.get("firstTaskId"));
		assertThat(task).containsEntry("title", "Water the plants")
			.containsEntry("dueAt", "2026-11-23T07:00:00Z")
			.containsEntry("seriesId", series.get("id"))
			.containsEntry("occurrence", "2026-11-23T08:00:00+01:00")
			.containsEntry("priority", "HIGH")
			.containsEntry("tags", List.of("home"));
	}

	@Test
	void completingAnOccurrenceCreatesTheNextAtTheSameLocalTimeAcrossDaylightSaving() {
		var created = start(Map.of("title", "Morning run", "rrule", "FREQ=DAILY", "dtstart", "2026-03-28T09:00:00",
				"timeZone", "Europe/Berlin"));
		var seriesId = (String) series(created).get("id");
		complete(awaitTask((String) created.get("firstTaskId")));

		var occurrences = awaitOccurrences(seriesId, 2);

		assertThat(occurrences).extracting(task -> task.get("dueAt"))
			.containsExactly("2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z");
		assertThat(occurrences.get(1)).containsEntry("occurrence", "2026-03-29T09:00:00+02:00")
			.containsEntry("status", "OPEN");
	}

	@Test
	void completingTheSameOccurrenceAgainCreatesNoSecondNextOccurrence() {
		var created = start(
				Map.of("title", "Stretch", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00", "timeZone", "UTC"));
		var seriesId = (String) series(created).get("id");
		var first = awaitTask((String) created.get("firstTaskId"));
		complete(first);
		awaitOccurrences(seriesId, 2);
		post(first, "reopen");
		complete(first);
		post(first, "complete");

		Awaitility.await()
			.during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(3))
			.until(() -> occurrences(seriesId).size() == 2);
	}

	@Test
	void replayingACompletionOrHandlingItInParallelCreatesOneNextOccurrence() {
		var created = start(Map.of("title", "Replay", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = (String) series(created).get("id");
		var first = awaitTask((String) created.get("firstTaskId"));
		complete(first);
		var completed = events
			.awaitAbout((String) first.get("id"),
					list -> list.stream().anyMatch(event -> event.type().equals("task.completed")))
			.stream()
			.filter(event -> event.type().equals("task.completed"))
			.findFirst()
			.orElseThrow();

		transport.publish(completed).block();
		transport.publish(completed).block();
		Flux.range(0, 6)
			.map(i -> CloudEvent.of(completed.source(), completed.type(), completed.subject(), completed.time(),
					completed.partitionkey(), null, completed.data()))
			.flatMap(copy -> transport.publish(copy).subscribeOn(Schedulers.parallel()))
			.blockLast();

		Awaitility.await()
			.during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> occurrences(seriesId).size() == 2);
		assertThat(getSeries(seriesId)).containsEntry("instancesGenerated", 2);
	}

	@Test
	void theNextOccurrenceIsCreatedInTheTraceOfTheRequestThatCompletedTheLast() {
		var created = start(Map.of("title", "Traced", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var first = awaitTask((String) created.get("firstTaskId"));
		var traceId = UUID.randomUUID().toString().replace("-", "");
		web.post()
			.uri("/api/v1/tasks/{id}/complete", first.get("id"))
			.headers(user)
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();

		var next = awaitOccurrences((String) series(created).get("id"), 2).get(1);

		var completed = events.awaitAbout((String) first.get("id"),
				list -> list.stream().anyMatch(event -> event.type().equals("task.completed")));
		var nextCreated = events.awaitAbout((String) next.get("id"),
				list -> list.stream().anyMatch(event -> event.type().equals("task.created")));
		assertThat(List.of(completed.getLast(), nextCreated.getFirst())).extracting(CloudEvent::traceparent)
			.allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
	}

	@Test
	void completingTheLastOccurrenceEndsTheSeries() {
		var created = start(Map.of("title", "Three lessons", "rrule", "FREQ=WEEKLY;COUNT=2", "dtstart",
				"2026-11-23T18:00:00", "timeZone", "Europe/Berlin"));
		var seriesId = (String) series(created).get("id");
		complete(awaitTask((String) created.get("firstTaskId")));
		complete(awaitOccurrences(seriesId, 2).get(1));

		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> Boolean.FALSE.equals(getSeries(seriesId).get("active")));
		assertThat(getSeries(seriesId)).containsEntry("upcoming", List.of()).containsEntry("instancesGenerated", 2);
		assertThat(occurrences(seriesId)).hasSize(2);
	}

	@Test
	void skippingMarksTheOpenOccurrenceSkippedAndCreatesTheNext() {
		var created = start(Map.of("title", "Weekly review", "rrule", "FREQ=WEEKLY", "dtstart", "2026-11-27",
				"timeZone", "Europe/Berlin"));
		var seriesId = (String) series(created).get("id");
		awaitTask((String) created.get("firstTaskId"));

		web.post()
			.uri("/api/v1/recurring-tasks/{id}/skip", seriesId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.currentOccurrence")
			.isEqualTo("2026-12-04");

		var occurrences = awaitOccurrences(seriesId, 2);
		assertThat(occurrences).extracting(task -> task.get("status")).containsExactly("SKIPPED", "OPEN");
		assertThat(occurrences.get(1)).containsEntry("dueDate", "2026-12-04");
	}

	@Test
	void everyNextOccurrenceIsTimedFromTheChangeThatMadeItDue() {
		var before = Prometheus.scrape(web);
		var created = start(
				Map.of("title", "Timed", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00", "timeZone", "UTC"));
		var seriesId = (String) series(created).get("id");
		complete(awaitTask((String) created.get("firstTaskId")));
		awaitOccurrences(seriesId, 2);
		web.post().uri("/api/v1/recurring-tasks/{id}/skip", seriesId).headers(user).exchange().expectStatus().isOk();
		awaitOccurrences(seriesId, 3);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var after = Prometheus.scrape(web);
			for (var trigger : List.of("created", "completed", "skipped")) {
				assertThat(timed(after, trigger)).as(trigger).isGreaterThan(timed(before, trigger));
			}
			assertThat(Prometheus
				.value(after, "todo_recurrence_next_occurrence_seconds_bucket", "trigger", "completed", "le", "+Inf")
				.orElse(0)).isPositive();
		});
	}

	private static double timed(String metrics, String trigger) {
		return Prometheus.value(metrics, "todo_recurrence_next_occurrence_seconds_count", "trigger", trigger).orElse(0);
	}

	@Test
	void stoppingASeriesCanDeleteItsOpenOccurrence() {
		var created = start(Map.of("title", "Newsletter", "rrule", "FREQ=MONTHLY", "dtstart", "2026-12-01T10:00:00",
				"timeZone", "UTC"));
		var seriesId = (String) series(created).get("id");
		var first = (String) created.get("firstTaskId");
		awaitTask(first);

		web.delete()
			.uri("/api/v1/recurring-tasks/{id}?deleteOpenInstance=true", seriesId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isNoContent();

		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> web.get()
				.uri("/api/v1/tasks/{id}", first)
				.headers(user)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value() == 404);
		assertThat(getSeries(seriesId)).containsEntry("active", false);
		web.post()
			.uri("/api/v1/recurring-tasks/{id}/skip", seriesId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void revisingASeriesShapesTheOccurrencesCreatedFromNowOn() {
		var created = start(Map.of("title", "Old title", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00",
				"timeZone", "UTC"));
		var seriesId = (String) series(created).get("id");
		var first = awaitTask((String) created.get("firstTaskId"));

		web.patch()
			.uri("/api/v1/recurring-tasks/{id}", seriesId)
			.headers(user)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.bodyValue(Map.of("title", "New title", "rrule", "FREQ=WEEKLY"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.upcoming[0]")
			.isEqualTo("2026-11-30T07:00:00+00:00");
		complete(first);

		var occurrences = awaitOccurrences(seriesId, 2);
		assertThat(occurrences).extracting(task -> task.get("title")).containsExactly("Old title", "New title");
		assertThat(occurrences.get(1)).containsEntry("dueAt", "2026-11-30T07:00:00Z");
	}

	@Test
	void theRequestsToTasksFollowTheirContracts() {
		var created = start(Map.of("title", "Contract", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = (String) series(created).get("id");
		awaitTask((String) created.get("firstTaskId"));
		web.post().uri("/api/v1/recurring-tasks/{id}/skip", seriesId).headers(user).exchange().expectStatus().isOk();
		web.delete()
			.uri("/api/v1/recurring-tasks/{id}", seriesId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isNoContent();

		var sent = events.awaitAbout(seriesId, list -> list.size() >= 4);

		assertThat(sent).extracting(CloudEvent::type)
			.containsExactly("recurrence.instance-due", "recurrence.instance-skipped", "recurrence.instance-due",
					"recurrence.series-stopped");
		assertThat(sent).allSatisfy(event -> {
			assertThat(event.partitionkey()).isEqualTo(user.name());
			assertThat(EventSchemas.violations(event.type(), json.valueToTree(event))).isEmpty();
		});
	}

	@Test
	void anotherUsersSeriesIsNotFound() {
		var created = start(Map.of("title", "Mine", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		var seriesId = (String) series(created).get("id");
		var other = api.newUser();

		web.get().uri("/api/v1/recurring-tasks/{id}", seriesId).headers(other).exchange().expectStatus().isNotFound();
		web.post()
			.uri("/api/v1/recurring-tasks/{id}/skip", seriesId)
			.headers(other)
			.exchange()
			.expectStatus()
			.isNotFound();
		web.delete()
			.uri("/api/v1/recurring-tasks/{id}", seriesId)
			.headers(other)
			.exchange()
			.expectStatus()
			.isNotFound();
		web.get().uri("/api/v1/recurring-tasks").headers(other).exchange().expectBody().jsonPath("$.items").isEmpty();
		assertThat(getSeries(seriesId)).containsEntry("active", true);
	}

	private Map<String, Object> start(Map<String, ?> body) {
		return api.startSeries(user, body);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> series(Map<String, Object> created) {
		return (Map<String, Object>) created.get("series");
	}

	private Map<String, Object> getSeries(String id) {
		return web.get()
			.uri("/api/v1/recurring-tasks/{id}", id)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> awaitTask(String id) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> web.get()
				.uri("/api/v1/tasks/{id}", id)
				.headers(user)
				.exchange()
				.expectBody(Api.JSON)
				.returnResult()
				.getResponseBody(), task -> id.equals(task.get("id")));
	}

	private List<Map<String, Object>> occurrences(String seriesId) {
		return api.occurrences(user, seriesId);
	}

	private List<Map<String, Object>> awaitOccurrences(String seriesId, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> occurrences(seriesId), list -> list.size() >= count);
	}

	private void complete(Map<String, Object> task) {
		api.complete(user, task.get("id"));
	}

	private void post(Map<String, Object> task, String action) {
		web.post().uri("/api/v1/tasks/{id}/" + action, task.get("id")).headers(user).exchange().expectStatus().isOk();
	}

}
