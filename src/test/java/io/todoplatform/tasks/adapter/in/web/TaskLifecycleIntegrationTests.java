package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class TaskLifecycleIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User alice;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		alice = api.newUser();
	}

	@Test
	void createdTaskIsReturnedWithLocationETagAndDefaults() {
		var result = web.post()
			.uri("/api/v1/tasks")
			.headers(alice)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "  Water the plants  "))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/tasks/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(Api.JSON)
			.returnResult();
		var task = result.getResponseBody();

		assertThat(task).containsEntry("title", "Water the plants")
			.containsEntry("description", "")
			.containsEntry("status", "OPEN")
			.containsEntry("priority", "MEDIUM")
			.containsEntry("tags", List.of())
			.containsEntry("timeZone", "UTC")
			.containsEntry("dueAt", null)
			.containsEntry("dueDate", null)
			.containsEntry("completedAt", null)
			.containsEntry("overdue", false)
			.containsEntry("version", 0);
		assertThat(result.getResponseHeaders().getLocation().toString()).endsWith((String) task.get("id"));

		web.get()
			.uri("/api/v1/tasks/{id}", task.get("id"))
			.headers(alice)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Water the plants");
	}

	@Test
	void allFieldsRoundTrip() {
		var task = api.create(alice,
				Map.of("title", "Quarterly taxes", "description", "Send the forms", "priority", "VERY_IMPORTANT",
						"tags", List.of("finance", "my-own-tag"), "dueDate", "2026-12-15", "timeZone",
						"Europe/Berlin"));

		assertThat(task).containsEntry("priority", "VERY_IMPORTANT")
			.containsEntry("tags", List.of("finance", "my-own-tag"))
			.containsEntry("dueDate", "2026-12-15")
			.containsEntry("timeZone", "Europe/Berlin");
	}

	@Test
	void mergePatchChangesOnlyWhatItNamesAndNullClears() {
		var id = api.createId(alice, Map.of("title", "Book flights", "description", "To Lisbon", "priority", "HIGH",
				"tags", List.of("personal"), "dueAt", "2026-12-01T09:00:00Z"));

		var patch = new HashMap<String, Object>();
		patch.put("description", null);
		patch.put("dueAt", null);
		patch.put("tags", List.of("personal", "travel"));
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(patch)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Book flights")
			.jsonPath("$.priority")
			.isEqualTo("HIGH")
			.jsonPath("$.description")
			.isEqualTo("")
			.jsonPath("$.dueAt")
			.isEmpty()
			.jsonPath("$.tags")
			.isEqualTo(List.of("personal", "travel"))
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void switchingFromADueInstantToADayNeedsTheInstantCleared() {
		var id = api.createId(alice, Map.of("title", "Dentist", "dueAt", "2026-12-01T09:00:00Z"));

		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("dueDate", "2026-12-02"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo("dueDate");

		var patch = new HashMap<String, Object>();
		patch.put("dueAt", null);
		patch.put("dueDate", "2026-12-02");
		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(patch)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dueDate")
			.isEqualTo("2026-12-02")
			.jsonPath("$.dueAt")
			.isEmpty();
	}

	@Test
	void ifMatchGuardsAgainstLostUpdates() {
		var id = api.createId(alice, Map.of("title", "Draft the plan"));
		patchWithIfMatch(id, "\"0\"", "First edit").expectStatus().isOk();

		patchWithIfMatch(id, "\"0\"", "Stale edit").expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:precondition-failed");
		patchWithIfMatch(id, "W/\"1\"", "Weak tags never match").expectStatus().isEqualTo(412);
		patchWithIfMatch(id, "\"1\"", "Second edit").expectStatus().isOk();
		patchWithIfMatch(id, "*", "Any version").expectStatus().isOk();

		web.get()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Any version")
			.jsonPath("$.version")
			.isEqualTo(3);
	}

	@Test
	void aPatchThatChangesNothingKeepsTheVersion() {
		var id = api.createId(alice, Map.of("title", "Same", "priority", "LOW"));

		web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("priority", "LOW"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");
	}

	@Test
	void completingAndReopeningAreIdempotent() {
		var id = api.createId(alice, Map.of("title", "Take out the bins"));

		var completed = post(id, "complete").expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
		assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("version", 1);
		assertThat(completed.get("completedAt")).isNotNull();

		var again = post(id, "complete").expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
		assertThat(again).containsEntry("version", 1).containsEntry("completedAt", completed.get("completedAt"));

		post(id, "reopen").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.completedAt")
			.isEmpty()
			.jsonPath("$.version")
			.isEqualTo(2);
		post(id, "reopen").expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
	}

	@Test
	void deletedTasksAreGone() {
		var id = api.createId(alice, Map.of("title", "Cancel the subscription"));

		web.delete().uri("/api/v1/tasks/{id}", id).headers(alice).exchange().expectStatus().isNoContent();

		web.get().uri("/api/v1/tasks/{id}", id).headers(alice).exchange().expectStatus().isNotFound();
		web.delete().uri("/api/v1/tasks/{id}", id).headers(alice).exchange().expectStatus().isNotFound();
		post(id, "complete").expectStatus().isNotFound();
		assertThat(api.count(alice)).isZero();
	}

	@Test
	void anOverdueTaskSaysSo() {
		var task = api.create(alice, Map.of("title", "Renew passport", "dueAt", "2020-01-01T00:00:00Z"));

		assertThat(task).containsEntry("overdue", true);
	}

	@Test
	void predefinedTagsAreListed() {
		web.get()
			.uri("/api/v1/tags")
			.headers(alice)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.isEqualTo(List.of("work", "personal", "shopping", "health", "finance", "learning", "home"));
	}

	private WebTestClient.ResponseSpec patchWithIfMatch(String id, String ifMatch, String title) {
		return web.patch()
			.uri("/api/v1/tasks/{id}", id)
			.headers(alice)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("title", title))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(String id, String action) {
		return web.post().uri("/api/v1/tasks/{id}/" + action, id).headers(alice).exchange();
	}

}
