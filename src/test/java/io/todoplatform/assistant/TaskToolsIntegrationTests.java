package io.todoplatform.assistant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task tools called by a real MCP client as a user, their effects checked through the
 * task API.
 */
@ApiTest
class TaskToolsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	McpSyncClient client;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		client = McpClients.of("http://127.0.0.1:" + port, user.token());
	}

	@AfterEach
	void tearDown() {
		client.close();
	}

	@Test
	void theTaskToolsSayHowCarefulToBeWithThem() {
		var hints = new HashMap<String, List<Boolean>>();
		for (Tool tool : client.listTools().tools()) {
			var annotations = tool.annotations();
			hints.put(tool.name(),
					List.of(annotations.readOnlyHint(), annotations.destructiveHint(), annotations.idempotentHint()));
		}
		var reads = List.of(true, false, true);
		var sets = List.of(false, false, true);
		var removes = List.of(false, true, true);
		assertThat(hints).containsEntry("search_tasks", reads)
			.containsEntry("update_task", removes)
			.containsEntry("delete_task", removes)
			.containsEntry("add_tasks", List.of(false, false, false))
			.containsEntry("complete_tasks", sets);
		for (var name : List.of("set_priority", "add_tag", "remove_tag", "complete_task", "reopen_task", "set_reminder",
				"remove_reminder")) {
			assertThat(hints).containsEntry(name, sets);
		}
	}

	@Test
	void updateTaskChangesTheGivenFieldsAndNullClearsOne() {
		var id = api.createId(user, Map.of("title", "Dentist", "description", "Bring the card", "tags",
				List.of("health"), "priority", "LOW"));
		var changes = new HashMap<String, Object>(Map.of("taskId", id, "title", "Dentist at 9", "dueAt",
				"2026-12-14T09:00:00+01:00", "timeZone", "Europe/Paris"));
		changes.put("description", null);
		changes.put("priority", null);

		var updated = task(success("update_task", changes));

		assertThat(updated).containsEntry("dueLocal", "2026-12-14T09:00+01:00[Europe/Paris]");
		assertThat(get(id)).containsEntry("title", "Dentist at 9")
			.containsEntry("description", "")
			.containsEntry("priority", "MEDIUM")
			.containsEntry("tags", List.of("health"))
			.containsEntry("dueAt", "2026-12-14T08:00:00Z");
	}

	@Test
	void aBadFieldIsAnErrorResultWithTheApisDetailAndChangesNothing() {
		var id = api.createId(user, Map.of("title", "Dentist"));

		var bad = call(client, "update_task", Map.of("taskId", id, "title", "Dentist at 9", "dueAt", "tomorrow"));

		assertThat(bad.isError()).isTrue();
		assertThat(text(bad)).contains("dueAt");
		assertThat(bad.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("status", 400);
		assertThat(get(id)).containsEntry("title", "Dentist").containsEntry("version", 0);
		assertThat(call(client, "update_task", Map.of("taskId", id)).isError()).isTrue();
	}

	@Test
	void setPriorityMakesATaskVeryImportant() {
		var id = api.createId(user, Map.of("title", "Dentist"));

		var result = call(client, "set_priority", Map.of("taskId", id, "priority", "VERY_IMPORTANT"));

		assertThat(text(result)).startsWith("Priority set: 'Dentist'").contains("VERY_IMPORTANT");
		assertThat(get(id)).containsEntry("priority", "VERY_IMPORTANT");
	}

	@Test
	void tagsAreAddedAndRemovedOneAtATimeKeepingTheOthers() {
		var id = api.createId(user, Map.of("title", "Dentist", "tags", List.of("personal")));
		// Someone else's change since the chatbot last read the task.
		api.patch(user, id, Map.of("tags", List.of("personal", "work")));

		assertThat(task(success("add_tag", Map.of("taskId", id, "tag", "health")))).containsEntry("tags",
				List.of("health", "personal", "work"));
		assertThat(text(call(client, "add_tag", Map.of("taskId", id, "tag", "health")))).contains("nothing changed");
		success("remove_tag", Map.of("taskId", id, "tag", "work"));

		assertThat(get(id)).containsEntry("tags", List.of("health", "personal"));
		var invalid = call(client, "add_tag", Map.of("taskId", id, "tag", "Not A Slug"));
		assertThat(invalid.isError()).isTrue();
		assertThat(text(invalid)).contains("Not A Slug");
	}

	@Test
	void completeAndReopenMoveATaskBetweenDoneAndOpen() {
		var id = api.createId(user, Map.of("title", "Dentist"));

		assertThat(task(success("complete_task", Map.of("taskId", id)))).containsEntry("status", "COMPLETED")
			.doesNotContainKey("next");
		assertThat(get(id)).containsEntry("status", "COMPLETED");
		assertThat(task(success("reopen_task", Map.of("taskId", id)))).containsEntry("status", "OPEN");
		assertThat(get(id)).containsEntry("status", "OPEN");
	}

	@Test
	@SuppressWarnings("unchecked")
	void completingARecurringOccurrenceAnswersWithTheNextOccurrence() {
		var started = api.startSeries(user, Map.of("title", "Gym", "rrule", "FREQ=WEEKLY;BYDAY=MO", "dtstart",
				"2026-12-07T18:00:00", "timeZone", "Europe/Berlin"));
		var first = (String) started.get("firstTaskId");
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.count(user) == 1);

		var result = call(client, "complete_task", Map.of("taskId", first));

		var completed = (Map<String, Object>) result.structuredContent();
		assertThat((Map<String, Object>) completed.get("task")).containsEntry("status", "COMPLETED");
		var next = (Map<String, Object>) completed.get("next");
		assertThat(next).as(text(result)).isNotNull();
		assertThat(next).containsEntry("status", "OPEN")
			.containsEntry("seriesId", ((Map<String, Object>) started.get("series")).get("id"))
			.containsEntry("dueLocal", "2026-12-14T18:00+01:00[Europe/Berlin]");
		assertThat(next.get("id")).isNotEqualTo(first);
		assertThat(text(result)).contains("Next occurrence").contains("Europe/Berlin");
	}

	@Test
	void deleteTaskDeletesIt() {
		var id = api.createId(user, Map.of("title", "Dentist"));

		success("delete_task", Map.of("taskId", id));

		web.get().uri("/api/v1/tasks/{id}", id).headers(user).exchange().expectStatus().isNotFound();
		assertThat(call(client, "delete_task", Map.of("taskId", id)).isError()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void searchRanksATitleMatchAboveADescriptionMatch() {
		api.create(user, Map.of("title", "Call the plumber", "description", "About the garden invoice"));
		api.create(user, Map.of("title", "Garden", "description", "Plant the tulips"));
		api.create(user, Map.of("title", "Buy bread"));

		var page = success("search_tasks", Map.of("query", "garden"));

		assertThat((List<Map<String, Object>>) page.get("items")).extracting(task -> task.get("title"))
			.containsExactly("Garden", "Call the plumber");
		var filtered = success("search_tasks", Map.of("query", "garden", "status", "COMPLETED"));
		assertThat(filtered).containsEntry("totalItems", 0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void remindersAreSetAndRemovedOneAtATime() {
		var id = api.createId(user, Map.of("title", "Dentist", "dueAt", "2026-12-14T09:00:00+01:00", "timeZone",
				"Europe/Paris", "reminders", List.of(Map.of("at", "2026-12-13T10:00:00Z"))));

		var set = call(client, "set_reminder", Map.of("taskId", id, "reminder", Map.of("before", "PT1H")));
		assertThat(text(set)).contains("fires 2026-12-14T08:00+01:00[Europe/Paris]");
		success("set_reminder", Map.of("taskId", id, "reminder", Map.of("before", "PT60M")));
		success("set_reminder", Map.of("taskId", id, "reminder", Map.of("daysBefore", 1, "atTime", "18:00")));
		assertThat(reminders(id)).containsExactly(Map.of("at", "2026-12-13T10:00:00Z"), Map.of("before", "PT1H"),
				Map.of("daysBefore", 1, "atTime", "18:00"));

		var shown = (List<Map<String, Object>>) get(id).get("reminders");
		success("remove_reminder", Map.of("taskId", id, "reminder", shown.get(1)));
		success("remove_reminder", Map.of("taskId", id, "reminder", Map.of("at", "2026-12-13T11:00:00+01:00")));
		assertThat(reminders(id)).containsExactly(Map.of("daysBefore", 1, "atTime", "18:00"));

		var missing = call(client, "remove_reminder", Map.of("taskId", id, "reminder", Map.of("before", "PT1H")));
		assertThat(missing.isError()).isTrue();
		assertThat(text(missing)).contains("has no reminder before PT1H");
		var twoForms = call(client, "set_reminder",
				Map.of("taskId", id, "reminder", Map.of("before", "PT1H", "at", "2026-12-13T10:00:00Z")));
		assertThat(twoForms.isError()).isTrue();
		assertThat(text(twoForms)).contains("reminders");
		assertThat(reminders(id)).hasSize(1);
	}

	@Test
	void anotherUsersTaskIsNotFoundForEveryTaskTool() {
		var other = api.newUser();
		var theirs = api.createId(other, Map.of("title", "Theirs", "dueAt", "2026-12-14T09:00:00Z", "tags",
				List.of("work"), "reminders", List.of(Map.of("before", "PT1H"))));
		var calls = List.<Map<String, Object>>of(Map.of("tool", "update_task", "title", "Mine now"),
				Map.of("tool", "set_priority", "priority", "HIGH"), Map.of("tool", "add_tag", "tag", "home"),
				Map.of("tool", "remove_tag", "tag", "work"), Map.of("tool", "complete_task"),
				Map.of("tool", "reopen_task"), Map.of("tool", "delete_task"),
				Map.of("tool", "set_reminder", "reminder", Map.of("before", "PT5M")),
				Map.of("tool", "remove_reminder", "reminder", Map.of("before", "PT1H")));

		for (var arguments : calls) {
			var tool = (String) arguments.get("tool");
			var sent = new HashMap<>(arguments);
			sent.remove("tool");
			sent.put("taskId", theirs);
			var result = call(client, tool, sent);
			assertThat(result.isError()).as(tool).isTrue();
			assertThat(text(result)).as(tool).contains("You have no task").doesNotContain("Theirs");
		}
		var unchanged = api.page(other, "");
		assertThat(unchanged).containsEntry("totalItems", 1);
		web.get()
			.uri("/api/v1/tasks/{id}", theirs)
			.headers(other)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	private Map<String, Object> success(String tool, Map<String, Object> arguments) {
		return McpClients.success(client, tool, arguments);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> task(Map<String, Object> result) {
		return (Map<String, Object>) result.get("task");
	}

	private Map<String, Object> get(String id) {
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

	/** The task's reminders as sent: without when they fire. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> reminders(String id) {
		var reminders = new ArrayList<Map<String, Object>>();
		for (var reminder : (List<Map<String, Object>>) get(id).get("reminders")) {
			var form = new HashMap<>(reminder);
			form.remove("fireAt");
			reminders.add(form);
		}
		return reminders;
	}

}
