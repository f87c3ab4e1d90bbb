package io.todoplatform.distributed;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.success;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.todoplatform.support.Api;
import io.todoplatform.support.McpClients;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MCP server of the {@code tasks} app-id with the recurrence and reminder tools:
 * their calls go to the {@code recurrence} and {@code notifications} app-ids through Dapr
 * service invocation (sidecar to sidecar), with the caller's token, and come back as tool
 * results.
 */
class AssistantE2ETests {

	private static DistributedTopology topology;

	private static String tasksUrl;

	private static Api tasks;

	private static Api recurrence;

	@BeforeAll
	static void start() {
		topology = DistributedTopology.start(TopologyOptions.forTests("assistant")
			// The first occurrence's task comes from recurrence through Kafka: give it
			// time, so that set_recurring answers with it every time.
			.withEnvironment(Map.of("TODO_ASSISTANT_TOOLS_OCCURRENCE_WAIT", "30s")));
		tasksUrl = topology.app("tasks").process().baseUrl();
		tasks = Api.at(tasksUrl);
		recurrence = Api.at(topology.app("recurrence").process().baseUrl());
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void setRecurringOnTheTasksAppIdStartsTheSeriesInTheRecurrenceAppId() {
		var user = tasks.newUser();
		try (var client = McpClients.of(tasksUrl, user.token())) {
			var started = success(client, "set_recurring",
					Map.of("title", "Pay rent", "rrule", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "dtstart",
							"2026-12-31T09:00:00", "timeZone", "Europe/Paris"));
			var series = (Map<String, Object>) started.get("series");
			var firstTaskId = started.get("firstTaskId");
			assertThat((List<String>) started.get("nextDates")).hasSize(5)
				.startsWith("2026-12-31T09:00+01:00[Europe/Paris]", "2027-01-29T09:00+01:00[Europe/Paris]");
			assertThat((Map<String, Object>) started.get("firstTask")).containsEntry("id", firstTaskId)
				.containsEntry("seriesId", series.get("id"));

			var stored = recurrence.web()
				.get()
				.uri("/api/v1/recurring-tasks/{id}", series.get("id"))
				.headers(user)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Api.JSON)
				.returnResult()
				.getResponseBody();
			assertThat(stored).containsEntry("currentTaskId", firstTaskId);
			var resource = client.readResource(new ReadResourceRequest("series://" + series.get("id"))).contents();
			assertThat(((TextResourceContents) resource.getFirst()).text()).contains(firstTaskId.toString());

			var preview = success(client, "preview_recurrence", Map.of("rrule", "FREQ=WEEKLY;BYDAY=MO,TH", "dtstart",
					"2026-11-23T08:00:00", "timeZone", "Europe/Berlin", "limit", 2));
			assertThat((List<String>) preview.get("occurrencesLocal"))
				.containsExactly("2026-11-23T08:00+01:00[Europe/Berlin]", "2026-11-26T08:00+01:00[Europe/Berlin]");

			var refused = call(client, "preview_recurrence",
					Map.of("rrule", "FREQ=SOMETIMES", "dtstart", "2026-11-23"));
			assertThat(refused.isError()).isTrue();
			assertThat(text(refused)).startsWith("rrule");

			var stranger = tasks.newUser();
			try (var other = McpClients.of(tasksUrl, stranger.token())) {
				var notFound = call(other, "skip_occurrence", Map.of("seriesId", series.get("id")));
				assertThat(notFound.isError()).isTrue();
				assertThat(notFound.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("status", 404);
			}
		}
		assertThat(invocationsFromTasksTo("recurrence")).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void listRemindersReadsTheNotificationsAppId() {
		var user = tasks.newUser();
		var fireAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var taskId = tasks.createId(user, Map.of("title", "Dentist", "timeZone", "Europe/Paris", "reminders",
				List.of(Map.of("at", fireAt.toString()))));
		try (var client = McpClients.of(tasksUrl, user.token())) {
			var reminders = E2e
				.await(() -> (List<Map<String, Object>>) success(client, "list_reminders", Map.of("taskId", taskId))
					.get("items"), items -> items.size() == 1, Duration.ofSeconds(30));
			assertThat(reminders.getFirst()).containsEntry("taskTitle", "Dentist")
				.containsEntry("fireAt", fireAt.toString())
				.containsEntry("fireLocal", fireAt.atZone(java.time.ZoneId.of("Europe/Paris")).toString());
		}
		assertThat(invocationsFromTasksTo("notifications")).isPositive();
	}

	/** What the tasks sidecar counted of the calls it sent to an app-id. */
	private static long invocationsFromTasksTo(String appId) {
		var metrics = SidecarCalls
			.get("http://" + FreePorts.HOST + ":" + topology.app("tasks").sidecar().metricsPort() + "/")
			.body();
		return metrics.lines()
			.filter(line -> line.startsWith("dapr_runtime_service_invocation_req_sent_total{")
					&& line.contains("dst_app_id=\"" + appId + "\""))
			.mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
