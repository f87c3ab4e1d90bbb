package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reminders on tasks: each shown back in the form it was given, with when it fires in the
 * task's zone.
 */
@ApiTest
class TaskRemindersIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void everyFormIsShownBackWithWhenItFiresAcrossTheSpringChange() {
		// Due Monday 30 March 09:00 CEST; the clocks in Berlin went forward on Sunday 29
		// March.
		var task = api.create(user,
				Map.of("title", "Dentist", "dueAt", "2026-03-30T09:00:00+02:00", "timeZone", "Europe/Berlin",
						"reminders",
						List.of(Map.of("before", "PT15M"), Map.of("daysBefore", 1, "atTime", "18:00"),
								Map.of("daysBefore", 2, "atTime", "18:00:30"),
								Map.of("at", "2026-03-27T12:00:00+01:00"))));

		var expected = List.of(Map.of("before", "PT15M", "fireAt", "2026-03-30T06:45:00Z"),
				Map.of("daysBefore", 1, "atTime", "18:00", "fireAt", "2026-03-29T16:00:00Z"),
				Map.of("daysBefore", 2, "atTime", "18:00:30", "fireAt", "2026-03-28T17:00:30Z"),
				Map.of("at", "2026-03-27T11:00:00Z", "fireAt", "2026-03-27T11:00:00Z"));
		assertThat(task).containsEntry("reminders", expected);
		assertThat(get(task.get("id"))).containsEntry("reminders", expected);
	}

	@Test
	void anAllDayTaskCountsFromTheStartOfItsDayAndASkippedTimeFiresAsLateAsTheSkip() {
		var task = api.create(user,
				Map.of("title", "Spring forward", "dueDate", "2026-03-30", "timeZone", "Europe/Berlin", "reminders",
						List.of(Map.of("before", "PT1H"), Map.of("daysBefore", 1, "atTime", "02:30"),
								Map.of("daysBefore", 0, "atTime", "00:00"))));

		assertThat(task).containsEntry("reminders",
				List.of(Map.of("before", "PT1H", "fireAt", "2026-03-29T21:00:00Z"),
						Map.of("daysBefore", 1, "atTime", "02:30", "fireAt", "2026-03-29T01:30:00Z"),
						Map.of("daysBefore", 0, "atTime", "00:00", "fireAt", "2026-03-29T22:00:00Z")));
	}

	/**
	 * The edges of the supported years are stored as they are, and the reminder waits in
	 * the notifications module.
	 */
	@Test
	void theFirstAndLastInstantsOfTheYearsOneTo9999AreKeptExactly() {
		var last = "9999-12-31T23:59:59Z";
		var task = api.create(user, Map.of("title", "Far ahead", "dueAt", last, "reminders",
				List.of(Map.of("at", last), Map.of("before", "PT8784H"))));
		var first = api.create(user, Map.of("title", "Long ago", "dueAt", "0001-01-01T00:00:00Z"));
		var days = api.create(user, Map.of("title", "Whole days", "dueDate", "9999-12-31", "timeZone", "Etc/GMT+12"));

		assertThat(get(task.get("id"))).containsEntry("dueAt", last)
			.containsEntry("reminders", List.of(Map.of("at", last, "fireAt", last),
					Map.of("before", "PT8784H", "fireAt", "9998-12-30T23:59:59Z")));
		assertThat(get(first.get("id"))).containsEntry("dueAt", "0001-01-01T00:00:00Z");
		assertThat(get(days.get("id"))).containsEntry("dueDate", "9999-12-31");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(api.reminders(user, task.get("id")))
				.extracting(reminder -> reminder.get("fireAt") + " " + reminder.get("status"))
				.containsExactly("9998-12-30T23:59:59Z SCHEDULED", last + " SCHEDULED"));
	}

	@Test
	void withoutRemindersATaskHasNone() {
		assertThat(api.create(user, Map.of("title", "Quiet"))).containsEntry("reminders", List.of());
		var nullReminders = new HashMap<String, Object>(Map.of("title", "Quiet too"));
		nullReminders.put("reminders", null);
		assertThat(api.create(user, nullReminders)).containsEntry("reminders", List.of());
	}

	@Test
	void aMergePatchReplacesTheWholeListAndFireTimesFollowTheDueTime() {
		var id = api.createId(user, Map.of("title", "Report", "dueAt", "2026-12-01T09:00:00Z", "reminders",
				List.of(Map.of("before", "PT15M"), Map.of("at", "2026-11-30T12:00:00Z"))));

		assertThat(patch(id, Map.of("reminders", List.of(Map.of("before", "PT1H"))))).containsEntry("reminders",
				List.of(Map.of("before", "PT1H", "fireAt", "2026-12-01T08:00:00Z")));
		assertThat(patch(id, Map.of("title", "Report, revised"))).containsEntry("reminders",
				List.of(Map.of("before", "PT1H", "fireAt", "2026-12-01T08:00:00Z")));
		assertThat(patch(id, Map.of("dueAt", "2026-12-02T09:00:00Z"))).containsEntry("reminders",
				List.of(Map.of("before", "PT1H", "fireAt", "2026-12-02T08:00:00Z")));

		var clear = new HashMap<String, Object>();
		clear.put("reminders", null);
		assertThat(patch(id, clear)).containsEntry("reminders", List.of()).containsEntry("version", 4);
	}

	@Test
	void removingTheDueTimeUnderRelativeRemindersIsRefusedAndChangesNothing() {
		var id = api.createId(user, Map.of("title", "Flight", "dueAt", "2026-12-01T09:00:00Z", "reminders",
				List.of(Map.of("at", "2026-11-30T12:00:00Z"), Map.of("daysBefore", 1, "atTime", "20:00"))));
		var noDue = new HashMap<String, Object>();
		noDue.put("dueAt", null);

		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(noDue)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(BadInputIntegrationTests.INVALID)
			.jsonPath("$['invalid-params'].length()")
			.isEqualTo(1)
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo("reminders[1]");
		assertThat(get(id)).containsEntry("version", 0).containsEntry("dueAt", "2026-12-01T09:00:00Z");

		noDue.put("reminders", List.of(Map.of("at", "2026-11-30T12:00:00Z")));
		assertThat(patch(id, noDue)).containsEntry("dueAt", null)
			.containsEntry("reminders",
					List.of(Map.of("at", "2026-11-30T12:00:00Z", "fireAt", "2026-11-30T12:00:00Z")));
	}

	private Map<String, Object> get(Object id) {
		return web.get()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> patch(String id, Map<String, ?> patch) {
		return web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(patch)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
	}

}
