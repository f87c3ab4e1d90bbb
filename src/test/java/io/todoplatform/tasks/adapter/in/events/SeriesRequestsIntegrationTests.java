package io.todoplatform.tasks.adapter.in.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.EventTransport;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recurrence module's requests, as the transport delivers them, and what tasks makes of them.
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

		web.get().uri("/api/v1/tasks/{id}", taskId).headers(user).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Water the plants")
			.jsonPath("$.dueAt").isEqualTo("2026-12-07T07:00:00Z")
			.jsonPath("$.timeZone").isEqualTo("Europe/Berlin")
			.jsonPath("$.seriesId").isEqualTo(seriesId.toString())
			.jsonPath("$.occurrence").isEqualTo("2026-12-07T08:00:00+01:00")
			.jsonPath("$.tags").isEqualTo(List.of("home"));
		assertThat(api.titles(user, "seriesId=" + seriesId)).containsExactly("Water the plants");
		assertThat(api.titles(user, "seriesId=" + UUID.randomUUID())).isEmpty();
	}

	@Test
	void anAllDayOccurrenceIsDueOnItsDate() {
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-31", null, "2026-12-31"));

		web.get().uri("/api/v1/tasks/{id}", taskId).headers(user).exchange()
			.expectBody().jsonPath("$.dueDate").isEqualTo("2026-12-31").jsonPath("$.dueAt").isEmpty();
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

		web.get().uri("/api/v1/tasks/{id}", taskId).headers(user).exchange()
			.expectBody().jsonPath("$.status").isEqualTo("SKIPPED");
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
	void aMalformedRequestIsSetAsideAndLaterRequestsStillWork() {
		var poison = event("recurrence.instance-due", Map.of("seriesId", seriesId, "owner", user.name()));
		deliver(poison);
		var taskId = UUID.randomUUID();
		deliver(due(taskId, "2026-12-07T08:00:00+01:00", "2026-12-07T07:00:00Z", null));

		assertThat(database.sql("select rejected_because from tasks.processed_event "
				+ "where event_id = :id and consumer = 'tasks.series-requests'")
			.bind("id", poison.id()).map(row -> row.get(0, String.class)).one().block()).contains("Malformed");
		web.get().uri("/api/v1/tasks/{id}", taskId).headers(user).exchange().expectStatus().isOk();
	}

	private void deliver(CloudEvent event) {
		transport.publish(event).block();
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
