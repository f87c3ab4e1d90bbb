package io.todoplatform.tasks.adapter.out.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.EventSchemas;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@ApiTest
class TaskEventsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	RecordedEvents events;

	@Autowired
	JsonMapper json;

	Api api;

	Api.User user;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void everyChangePublishesOneEventCarryingTheTaskAfterTheChange() {
		var id = api.createId(user,
				Map.of("title", "Plan the trip", "tags", List.of("personal"), "dueAt", "2026-12-01T09:00:00Z"));
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("priority", "HIGH"))
			.exchange()
			.expectStatus()
			.isOk();
		post(id, "complete");
		post(id, "complete");
		post(id, "reopen");
		web.delete().uri("/api/v1/tasks/{id}", id).headers(user).exchange().expectStatus().isNoContent();

		var received = events.awaitAbout(id, list -> list.size() >= 5);

		assertThat(received).extracting(CloudEvent::type)
			.containsExactly("task.created", "task.updated", "task.completed", "task.reopened", "task.deleted");
		assertThat(received).allSatisfy(event -> {
			assertThat(event.source()).isEqualTo("/todo-platform/tasks");
			assertThat(event.partitionkey()).isEqualTo(user.name());
			assertThat(event.traceparent()).as("the trace of the request that caused it")
				.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
			assertThat(event.data().get("owner").asString()).isEqualTo(user.name());
			assertThat(EventSchemas.violations(event.type(), json.valueToTree(event))).isEmpty();
		});
		assertThat(received).extracting(event -> event.data().get("version").asLong())
			.containsExactly(0L, 1L, 2L, 3L, 3L);
		assertThat(received.get(1).data().get("priority").asString()).isEqualTo("HIGH");
		assertThat(received.get(2).data().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(received).extracting(CloudEvent::id).doesNotHaveDuplicates();
	}

	@Test
	void everyEventCarriesTheRemindersWithWhenTheyFire() {
		var id = api.createId(user,
				Map.of("title", "Call the bank", "dueDate", "2026-12-01", "timeZone", "Europe/Berlin", "reminders",
						List.of(Map.of("before", "PT15M"), Map.of("daysBefore", 1, "atTime", "18:00"),
								Map.of("at", "2026-11-30T09:00:00+01:00"))));
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("dueDate", "2026-12-02"))
			.exchange()
			.expectStatus()
			.isOk();
		post(id, "complete");

		var received = events.awaitAbout(id, list -> list.size() >= 3);

		assertThat(received)
			.allSatisfy(event -> assertThat(EventSchemas.violations(event.type(), json.valueToTree(event))).isEmpty());
		assertThat(reminders(received.get(0)))
			.isEqualTo(List.of(Map.of("before", "PT15M", "fireAt", "2026-11-30T22:45:00Z"),
					Map.of("daysBefore", 1, "atTime", "18:00", "fireAt", "2026-11-30T17:00:00Z"),
					Map.of("at", "2026-11-30T08:00:00Z", "fireAt", "2026-11-30T08:00:00Z")));
		assertThat(reminders(received.get(2))).extracting(reminder -> reminder.get("fireAt"))
			.as("moved with the due day, except the fixed instant")
			.containsExactly("2026-12-01T22:45:00Z", "2026-12-01T17:00:00Z", "2026-11-30T08:00:00Z");
	}

	@Test
	void theContractRejectsRemindersWithoutFireAtOrWithTwoForms() {
		var id = api.createId(user, Map.of("title", "Contract check", "dueAt", "2026-12-01T09:00:00Z", "reminders",
				List.of(Map.of("before", "PT15M"))));
		var event = (ObjectNode) json.valueToTree(events.awaitAbout(id, list -> !list.isEmpty()).getFirst());
		var reminder = (ObjectNode) event.get("data").get("reminders").get(0);
		assertThat(EventSchemas.violations("task.created", event)).isEmpty();

		reminder.remove("fireAt");
		assertThat(EventSchemas.violations("task.created", event)).isNotEmpty();
		reminder.put("fireAt", "2026-12-01T08:45:00Z").put("at", "2026-12-01T08:45:00Z");
		assertThat(EventSchemas.violations("task.created", event)).isNotEmpty();
		reminder.remove("at");
		reminder.put("before", "15 minutes");
		assertThat(EventSchemas.violations("task.created", event)).isNotEmpty();
	}

	@Test
	void theContractRejectsAnEventThatBreaksIt() {
		var id = api.createId(user, Map.of("title", "Contract check"));
		var event = (ObjectNode) json.valueToTree(events.awaitAbout(id, list -> !list.isEmpty()).getFirst());
		event.remove("partitionkey");
		((ObjectNode) event.get("data")).put("priority", "URGENT");

		assertThat(EventSchemas.violations("task.created", event)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(EventSchemas.violations("task.updated", json.valueToTree(events.about(id).getFirst())))
			.as("a task.created event is not a task.updated event")
			.isNotEmpty();
	}

	@Test
	void aRefusedChangePublishesNothing() {
		var id = api.createId(user, Map.of("title", "Stay as I am"));
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("title", ""))
			.exchange()
			.expectStatus()
			.isBadRequest();
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.header(HttpHeaders.IF_MATCH, "\"7\"")
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("title", "Stale"))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		post(id, "reopen");
		var marker = api.createId(user, Map.of("title", "Published after the refused ones"));

		events.awaitAbout(marker, list -> !list.isEmpty());

		assertThat(events.about(id)).extracting(CloudEvent::type).containsExactly("task.created");
	}

	@Test
	void aSubscriberThatFailsGetsTheEventAgainUntilItSucceeds() {
		events.failNext(2);
		var id = api.createId(user, Map.of("title", "Delivered despite failures"));

		assertThat(events.awaitAbout(id, list -> !list.isEmpty())).extracting(CloudEvent::type)
			.containsExactly("task.created");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> reminders(CloudEvent event) {
		return json.treeToValue(event.data().get("reminders"), List.class);
	}

	private void post(String id, String action) {
		web.post().uri("/api/v1/tasks/{id}/" + action, id).headers(user).exchange().expectStatus().isOk();
	}

}
