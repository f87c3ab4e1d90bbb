package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Inboxes;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Dapr sidecar sees of an app in the distributed mode: the subscriptions it asks
 * for, and the answers that decide between acknowledging, retrying and dead-lettering a
 * delivery.
 */
@ApiTest
// Loopback development: these tests are about the answers,
// DaprAppApiTokenIntegrationTests about the token.
@TestPropertySource(
		properties = { "todo.events.transport=dapr", "todo.events.dapr.allow-unauthenticated-sidecar=true" })
class DaprSubscriptionsIntegrationTests {

	private static final MediaType CLOUD_EVENTS = MediaType.parseMediaType("application/cloudevents+json");

	@Autowired
	WebTestClient web;

	@Autowired
	RecordedEvents recorded;

	@Autowired
	JsonMapper json;

	@Autowired
	DatabaseClient database;

	@Test
	void theSidecarIsAskedForEveryTopicThatCarriesAnEventThisProcessConsumesWithItsDeadLetterTwin() {
		var subscriptions = web.get()
			.uri("/dapr/subscribe")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(subscriptions).contains(Map.of("pubsubname", "events", "topic", "task-operations", "route",
				"/events/task-operations", "deadLetterTopic", "task-operations-dlq"));
		// alerts-dlq only because the test recorder listens to alert.failed: no module
		// consumes it.
		assertThat(subscriptions).extracting(subscription -> subscription.get("topic"))
			.containsExactly("alerts", "alerts-dlq", "recurrence-operations", "task-modifications", "task-operations");
	}

	@Test
	void aHandledEventIsAcknowledgedAndARepeatHasNoSecondEffect() {
		var event = taskCreated();

		assertThat(deliver("task-operations", event)).isEqualTo("SUCCESS");
		assertThat(deliver("task-operations", event)).isEqualTo("SUCCESS");
		Inboxes.awaitSettled(database, "tasks", event.id());
		assertThat(deliver("task-operations", event)).isEqualTo("SUCCESS");
		Inboxes.awaitSettled(database, "tasks", event.id());

		assertThat(recorded.about(event.subject())).hasSize(1);
	}

	@Test
	void aSubscriberThatFailsDoesNotHoldBackThePartitionAndGetsTheEventAgainFromTheInbox() {
		var event = taskCreated();
		recorded.failNext(1);

		assertThat(deliver("task-operations", event)).isEqualTo("SUCCESS");

		assertThat(recorded.awaitAbout(event.subject(), received -> !received.isEmpty())).hasSize(1);
	}

	@Test
	void somethingThatIsNotOneOfOurCloudEventsIsDropped() {
		assertThat(deliver("task-operations", "{\"hello\":\"world\"}")).isEqualTo("DROP");
		assertThat(deliver("task-operations", "{\"specversion\":\"0.3\",\"id\":\"x\"}")).isEqualTo("DROP");
	}

	@Test
	void anEventAHandlerCanNeverProcessIsAcknowledgedAndSetAsideWithItsReason() {
		var missingEverything = CloudEvent.of("/todo-platform/recurrence", "recurrence.instance-due",
				UUID.randomUUID().toString(), Instant.now(), "someone", null, json.readTree("{\"seriesId\":42}"));

		assertThat(deliver("recurrence-operations", missingEverything)).isEqualTo("SUCCESS");

		Inboxes.awaitSettled(database, "tasks", missingEverything.id());
		assertThat(Inboxes.setAsideBecause(database, "tasks", missingEverything.id())).startsWith("unprocessable");
	}

	/** A task event every consumer can process (notifications reads the whole task). */
	private CloudEvent taskCreated() {
		var id = UUID.randomUUID().toString();
		var owner = "user-" + UUID.randomUUID();
		var task = Poison.task(owner, List.of());
		task.put("id", id);
		return CloudEvent.of("/todo-platform/tasks", "task.created", id, Instant.now(), owner, null,
				json.valueToTree(task));
	}

	private String deliver(String topic, CloudEvent event) {
		return deliver(topic, json.writeValueAsString(event));
	}

	/** As daprd delivers: the CloudEvent with fields of its own added. */
	private String deliver(String topic, String body) {
		var withSidecarFields = body.startsWith("{\"specversion\":\"1.0\"")
				? body.replaceFirst("\\{", "{\"topic\":\"" + topic + "\",\"pubsubname\":\"events\",") : body;
		var answer = web.post()
			.uri("/events/{topic}", topic)
			.contentType(CLOUD_EVENTS)
			.bodyValue(withSidecarFields)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
		return (String) answer.get("status");
	}

}
