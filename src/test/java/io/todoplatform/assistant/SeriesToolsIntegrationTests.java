package io.todoplatform.assistant;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.success;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurrence and reminder tools through a real MCP client, each call's effect checked
 * through the REST API as the user.
 */
@ApiTest
class SeriesToolsIntegrationTests {

	private static final Duration ASYNC = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(web);
	}

	McpSyncClient client(Api.User user) {
		return McpClients.of("http://127.0.0.1:" + port, user.token());
	}

	@Test
	@SuppressWarnings("unchecked")
	void setRecurringStartsARecurringTaskWithItsNextFiveDatesAndItsFirstTask() {
		var user = api.newUser();
		try (var client = client(user)) {
			var result = call(client, "set_recurring",
					Map.of("title", "Pay rent", "rrule", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "dtstart",
							"2026-12-31T09:00:00", "timeZone", "Europe/Paris", "priority", "HIGH", "tags",
							List.of("home")));
			assertThat(result.isError()).as(text(result)).isFalse();
			var started = (Map<String, Object>) result.structuredContent();

			assertThat((List<String>) started.get("nextDates")).containsExactly("2026-12-31T09:00+01:00[Europe/Paris]",
					"2027-01-29T09:00+01:00[Europe/Paris]", "2027-02-26T09:00+01:00[Europe/Paris]",
					"2027-03-31T09:00+02:00[Europe/Paris]", "2027-04-30T09:00+02:00[Europe/Paris]");
			assertThat(text(result)).contains("Pay rent", "2027-01-29T09:00+01:00[Europe/Paris]");
			var series = (Map<String, Object>) started.get("series");
			var firstTaskId = (String) started.get("firstTaskId");
			assertThat((Map<String, Object>) started.get("firstTask")).containsEntry("id", firstTaskId)
				.containsEntry("seriesId", series.get("id"))
				.containsEntry("dueLocal", "2026-12-31T09:00+01:00[Europe/Paris]");

			var seriesThroughApi = series(user, series.get("id"));
			assertThat(seriesThroughApi).containsEntry("rrule", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
				.containsEntry("timeZone", "Europe/Paris")
				.containsEntry("currentTaskId", firstTaskId);
			assertThat(api.occurrences(user, series.get("id"))).extracting(task -> task.get("id"))
				.containsExactly(firstTaskId);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void previewRecurrenceNamesTheDatesInTheZoneAndSavesNothing() {
		var user = api.newUser();
		try (var client = client(user)) {
			var preview = success(client, "preview_recurrence", Map.of("rrule", "FREQ=WEEKLY;BYDAY=MO,TH", "dtstart",
					"2026-11-23T08:00:00", "timeZone", "Europe/Berlin", "limit", 3));
			assertThat((List<String>) preview.get("occurrencesLocal")).containsExactly(
					"2026-11-23T08:00+01:00[Europe/Berlin]", "2026-11-26T08:00+01:00[Europe/Berlin]",
					"2026-11-30T08:00+01:00[Europe/Berlin]");

			var byDefault = success(client, "preview_recurrence",
					Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-12-24", "timeZone", "Europe/Berlin"));
			assertThat((List<String>) byDefault.get("occurrences")).hasSize(5).startsWith("2026-12-24");

			// Without a zone, the API's default, the caller's (UTC: the local issuer's
			// tokens name none), is named.
			var inCallersZone = success(client, "preview_recurrence",
					Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-12-24T09:00:00", "limit", 1));
			assertThat(inCallersZone).containsEntry("timeZone", "UTC")
				.containsEntry("occurrencesLocal", List.of("2026-12-24T09:00Z[UTC]"));

			var tooMany = call(client, "preview_recurrence",
					Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-12-24", "limit", 51));
			assertThat(tooMany.isError()).isTrue();
			assertThat(text(tooMany)).contains("limit");
		}
		assertThat(seriesOf(user)).isEmpty();
		assertThat(api.count(user)).isZero();
	}

	@Test
	void aRuleTheApiRefusesIsAnErrorResultWithItsDetailAndMakesNothing() {
		var user = api.newUser();
		try (var client = client(user)) {
			var refused = call(client, "set_recurring",
					Map.of("title", "Never", "rrule", "FREQ=SOMETIMES", "dtstart", "2026-12-31T09:00:00"));
			assertThat(refused.isError()).isTrue();
			assertThat(text(refused)).startsWith("rrule");
			assertThat(refused.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("status", 400);

			var previewRefused = call(client, "preview_recurrence",
					Map.of("rrule", "FREQ=MONTHLY;BYDAY=XX", "dtstart", "2026-12-31T09:00:00"));
			assertThat(previewRefused.isError()).isTrue();
			assertThat(text(previewRefused)).contains("rrule");
		}
		assertThat(seriesOf(user)).isEmpty();
		assertThat(api.count(user)).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void skipOccurrenceMarksTheOpenOneSkippedAndMovesOn() {
		var user = api.newUser();
		var started = api.startSeries(user, Map.of("title", "Gym", "rrule", "FREQ=WEEKLY;BYDAY=MO", "dtstart",
				"2026-12-07T18:00:00", "timeZone", "Europe/Paris"));
		var seriesId = ((Map<String, Object>) started.get("series")).get("id");
		var firstTaskId = started.get("firstTaskId");
		awaitTask(user, firstTaskId, "OPEN");
		try (var client = client(user)) {
			var skipped = (Map<String, Object>) success(client, "skip_occurrence", Map.of("seriesId", seriesId))
				.get("series");

			assertThat(skipped).containsEntry("currentLocal", "2026-12-14T18:00+01:00[Europe/Paris]");
			assertThat(skipped.get("currentTaskId")).isNotEqualTo(firstTaskId);
			awaitTask(user, firstTaskId, "SKIPPED");
			awaitTask(user, skipped.get("currentTaskId"), "OPEN");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void stopRecurringStopsTheSeriesAndCanDeleteItsOpenOccurrence() {
		var user = api.newUser();
		var started = api.startSeries(user,
				Map.of("title", "Water plants", "rrule", "FREQ=DAILY", "dtstart", "2026-12-07"));
		var seriesId = ((Map<String, Object>) started.get("series")).get("id");
		awaitTask(user, started.get("firstTaskId"), "OPEN");
		try (var client = client(user)) {
			var stopped = success(client, "stop_recurring", Map.of("seriesId", seriesId, "deleteOpenInstance", true));
			assertThat(stopped).containsEntry("stopped", true);
		}
		assertThat(series(user, seriesId)).containsEntry("active", false);
		Awaitility.await().atMost(ASYNC).until(() -> api.count(user) == 0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void remindersAreListedInTheirTasksZoneAndSnoozed() {
		var user = api.newUser();
		var fireAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var taskId = api.createId(user, Map.of("title", "Dentist", "timeZone", "America/New_York", "reminders",
				List.of(Map.of("at", fireAt.toString()))));
		Awaitility.await().atMost(ASYNC).until(() -> api.reminders(user, taskId).size() == 1);
		try (var client = client(user)) {
			var items = (List<Map<String, Object>>) success(client, "list_reminders", Map.of("taskId", taskId))
				.get("items");
			assertThat(items).singleElement()
				.satisfies(reminder -> assertThat(reminder).containsEntry("taskTitle", "Dentist")
					.containsEntry("timeZone", "America/New_York")
					.containsEntry("fireLocal", fireAt.atZone(java.time.ZoneId.of("America/New_York")).toString()));
			assertThat((List<?>) success(client, "list_reminders", Map.of()).get("items")).hasSize(1);

			var reminderId = items.getFirst().get("id");
			var before = Instant.now();
			var snoozed = (Map<String, Object>) success(client, "snooze_reminder",
					Map.of("reminderId", reminderId, "for", "PT10M"))
				.get("reminder");
			assertThat(Instant.parse((String) snoozed.get("fireAt"))).isBetween(before.plus(Duration.ofMinutes(10)),
					Instant.now().plus(Duration.ofMinutes(10)));
			assertThat(api.reminders(user, taskId).getFirst()).containsEntry("fireAt", snoozed.get("fireAt"));

			var tooLong = call(client, "snooze_reminder", Map.of("reminderId", reminderId, "for", "P30D"));
			assertThat(tooLong.isError()).isTrue();
			assertThat(text(tooLong)).contains("between");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void anotherUsersSeriesAndRemindersAreNotFound() {
		var owner = api.newUser();
		var started = api.startSeries(owner,
				Map.of("title", "Secret gym", "rrule", "FREQ=WEEKLY", "dtstart", "2026-12-07T18:00:00"));
		var seriesId = ((Map<String, Object>) started.get("series")).get("id");
		var taskId = api.createId(owner, Map.of("title", "Secret", "reminders",
				List.of(Map.of("at", Instant.now().plus(2, ChronoUnit.DAYS).toString()))));
		Awaitility.await().atMost(ASYNC).until(() -> api.reminders(owner, taskId).size() == 1);
		var reminderId = api.reminders(owner, taskId).getFirst().get("id");

		var stranger = api.newUser();
		try (var client = client(stranger)) {
			for (var attempt : List.of(call(client, "skip_occurrence", Map.of("seriesId", seriesId)),
					call(client, "stop_recurring", Map.of("seriesId", seriesId)),
					call(client, "snooze_reminder", Map.of("reminderId", reminderId, "for", "PT10M")))) {
				assertThat(attempt.isError()).isTrue();
				assertThat(attempt.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("status", 404);
				assertThat(text(attempt)).doesNotContain("Secret");
			}
			assertThat((List<?>) success(client, "list_reminders", Map.of("taskId", taskId)).get("items")).isEmpty();
			var notAnId = call(client, "skip_occurrence", Map.of("seriesId", "../tasks"));
			assertThat(notAnId.isError()).isTrue();
			assertThat(text(notAnId)).contains("seriesId");
		}
		assertThat(series(owner, seriesId)).containsEntry("active", true).containsEntry("instancesGenerated", 1);
		assertThat(api.reminders(owner, taskId).getFirst()).containsEntry("status", "SCHEDULED");
	}

	private Map<String, Object> series(Api.User user, Object seriesId) {
		return web.get()
			.uri("/api/v1/recurring-tasks/{id}", seriesId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
	}

	private List<?> seriesOf(Api.User user) {
		return (List<?>) web.get()
			.uri("/api/v1/recurring-tasks")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody()
			.get("items");
	}

	private void awaitTask(Api.User user, Object taskId, String status) {
		Awaitility.await()
			.atMost(ASYNC)
			.until(() -> web.get()
				.uri("/api/v1/tasks/{id}", taskId)
				.headers(user)
				.exchange()
				.returnResult(Map.class)
				.getResponseBody()
				.blockFirst(), task -> task != null && status.equals(task.get("status")));
	}

}
