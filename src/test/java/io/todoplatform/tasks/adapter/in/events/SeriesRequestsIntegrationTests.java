package io.todoplatform.tasks.adapter.in.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.EventTransport;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Inboxes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recurrence module's requests, as the transport delivers them, and what tasks makes
 * of them.
 */
@ApiTest
class SeriesRequestsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	EventTransport transport;

	@Autowired
	JsonMapper json;

	@Autowired
	DatabaseClient database;

	Api api;

	Api.User user;

	UUID seriesId = UUID.randomUUID();

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void aDueOccurrenceBecomesATaskWithTheIdTheSeriesChose() {
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));

		web.get()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Water the plants")
			.jsonPath("$.dueAt")
			.isEqualTo("2026-12-07T07:00:00Z")
			.jsonPath("$.timeZone")
			.isEqualTo("Europe/Berlin")
			.jsonPath("$.seriesId")
			.isEqualTo(seriesId.toString())
			.jsonPath("$.occurrence")
			.isEqualTo("2026-12-07T08:00:00+01:00")
			.jsonPath("$.tags")
			.isEqualTo(List.of("home"));
		assertThat(api.titles(user, "seriesId=" + seriesId)).containsExactly("Water the plants");
		assertThat(api.titles(user, "seriesId=" + UUID.randomUUID())).isEmpty();
	}

	@Test
	void anAllDayOccurrenceIsDueOnItsDate() {
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-31", null, "2026-12-31"));

		web.get()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.dueDate")
			.isEqualTo("2026-12-31")
			.jsonPath("$.dueAt")
			.isEmpty();
	}

	@Test
	void anOccurrenceRequestedAgainOrConcurrentlyIsCreatedOnce() {
		var taskId = UUID.randomUUID();
		var first = due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null);
		deliver(first);
		deliver(first);
		Flux.range(0, 6)
			.flatMap(i -> transport.publish(due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null))
				.subscribeOn(Schedulers.parallel()))
			.blockLast();
		deliver(due(UUID.randomUUID(), "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));

		assertThat(api.page(user, "seriesId=" + seriesId)).containsEntry("totalItems", 1);
	}

	@Test
	void aSkippedOccurrenceIsMarkedSkipped() {
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));
		deliver(event("recurrence.instance-skipped", Map.of("seriesId", seriesId, "taskId", taskId, "owner",
				user.name(), "occurrence", "2026-12-07T08:00:00+01:00")));

		web.get()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SKIPPED");
		assertThat(api.titles(user, "status=SKIPPED")).containsExactly("Water the plants");
	}

	@Test
	void stoppingASeriesCanDeleteItsOpenOccurrenceButNeverADoneOne() {
		var open = UUID.randomUUID();
		var done = UUID.randomUUID();
		deliver(due(open, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));
		deliver(due(done, "2026-12-08T08:00:00+01:00", "2026-12-08T07:00:00Z", null));
		web.post().uri("/api/v1/tasks/{id}/complete", done).headers(user).exchange().expectStatus().isOk();

		deliver(stopped(done));
		deliver(stopped(open));

		web.get().uri("/api/v1/tasks/{id}", open).headers(user).exchange().expectStatus().isNotFound();
		web.get().uri("/api/v1/tasks/{id}", done).headers(user).exchange().expectStatus().isOk();
	}

	@Test
	void theNextOccurrenceTakesOverTheRemindersThatCountFromTheDueTime() {
		var first = UUID.randomUUID();
		deliver(due(first, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));
		web.patch()
			.uri("/api/v1/tasks/{id}", first)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("reminders",
					List.of(Map.of("before", "PT10M"), Map.of("at", "2026-12-06T12:00:00Z"),
							Map.of("daysBefore", 1, "atTime", "20:00"))))
			.exchange()
			.expectStatus()
			.isOk();
		var next = UUID.randomUUID();
		deliver(due(next, "2026-12-14T08:00:00+01:00", "2026-12-14T07:00:00Z", null));
		var allDay = UUID.randomUUID();
		deliver(due(allDay, "2026-12-21", null, "2026-12-21"));

		web.get()
			.uri("/api/v1/tasks/{id}", next)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.reminders")
			.isEqualTo(List.of(Map.of("before", "PT10M", "fireAt", "2026-12-14T06:50:00Z"),
					Map.of("daysBefore", 1, "atTime", "20:00", "fireAt", "2026-12-13T19:00:00Z")));
		web.get()
			.uri("/api/v1/tasks/{id}", allDay)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.reminders[*].fireAt")
			.isEqualTo(List.of("2026-12-20T22:50:00Z", "2026-12-20T19:00:00Z"));
	}

	@Test
	void completingAnOccurrenceWithAReminderGivesTheNextOneTheSameReminderAtItsOwnTime() {
		var started = api.startSeries(user, Map.of("title", "Stand-up", "rrule", "FREQ=DAILY", "dtstart",
				"2026-11-23T09:00:00", "timeZone", "UTC"));
		var firstId = started.get("firstTaskId");
		var seriesId = ((Map<?, ?>) started.get("series")).get("id");
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> api.occurrences(user, seriesId).size() == 1);
		web.patch()
			.uri("/api/v1/tasks/{id}", firstId)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("reminders", List.of(Map.of("before", "PT10M"))))
			.exchange()
			.expectStatus()
			.isOk();

		api.complete(user, firstId);

		var next = Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> api.occurrences(user, seriesId), occurrences -> occurrences.size() == 2)
			.get(1);
		assertThat(next).containsEntry("dueAt", "2026-11-24T09:00:00Z")
			.containsEntry("reminders", List.of(Map.of("before", "PT10M", "fireAt", "2026-11-24T08:50:00Z")));
	}

	@Test
	void aMalformedRequestIsSetAsideAndLaterRequestsStillWork() {
		var poison = event("recurrence.instance-due", Map.of("seriesId", seriesId, "owner", user.name()));
		deliver(poison);
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));

		assertThat(Inboxes.setAsideBecause(database, "tasks", poison.id())).contains("Malformed");
		web.get().uri("/api/v1/tasks/{id}", taskId).headers(user).exchange().expectStatus().isOk();
	}

	private void deliver(CloudEvent event) {
		transport.publish(event).block();
		Inboxes.awaitSettled(database, "tasks", event.id());
	}

	private CloudEvent due(UUID taskId, String occurrence, String dueAt, String dueDate) {
		var data = new java.util.HashMap<String, Object>(Map.of("seriesId", seriesId, "taskId", taskId, "owner",
				user.name(), "occurrence", occurrence, "title", "Water the plants", "description", "", "priority",
				"HIGH", "tags", List.of("home"), "timeZone", "Europe/Berlin"));
		data.put("dueAt", dueAt);
		data.put("dueDate", dueDate);
		return event("recurrence.instance-due", data);
	}

	private CloudEvent stopped(UUID openTaskId) {
		return event("recurrence.series-stopped", Map.of("seriesId", seriesId, "owner", user.name(), "openTaskId",
				openTaskId, "deleteOpenInstance", true));
	}

	private CloudEvent event(String type, Map<String, ?> data) {
		return CloudEvent.of("/todo-platform/recurrence", type, seriesId.toString(), Instant.now(), user.name(), null,
				json.valueToTree(data));
	}

}
