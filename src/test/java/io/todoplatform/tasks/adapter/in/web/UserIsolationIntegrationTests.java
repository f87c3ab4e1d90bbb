package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Nobody sees anybody else's tasks: to another user a task does not exist, on every verb.
 */
@ApiTest
class UserIsolationIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User alice;

	Api.User bob;

	String alicesTask;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		alice = api.newUser();
		bob = api.newUser();
		alicesTask = api.createId(alice,
				Map.of("title", "Alice's secret surprise party", "tags", java.util.List.of("personal")));
	}

	@Test
	void anotherUsersTaskIsNotFoundOnEveryVerb() {
		expectNotFound(web.get().uri("/api/v1/tasks/{id}", alicesTask).headers(bob).exchange());
		expectNotFound(web.patch()
			.uri("/api/v1/tasks/{id}", alicesTask)
			.headers(bob)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("title", "Hijacked"))
			.exchange());
		expectNotFound(web.patch()
			.uri("/api/v1/tasks/{id}", alicesTask)
			.headers(bob)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("title", "Hijacked"))
			.exchange());
		expectNotFound(web.post().uri("/api/v1/tasks/{id}/complete", alicesTask).headers(bob).exchange());
		expectNotFound(web.post().uri("/api/v1/tasks/{id}/reopen", alicesTask).headers(bob).exchange());
		expectNotFound(web.delete().uri("/api/v1/tasks/{id}", alicesTask).headers(bob).exchange());

		web.get()
			.uri("/api/v1/tasks/{id}", alicesTask)
			.headers(alice)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Alice's secret surprise party")
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@Test
	void anotherUsersTasksNeverAppearInListsOrSearch() {
		api.create(bob, Map.of("title", "Bob's party planning"));

		assertThat(api.titles(bob, "")).containsExactly("Bob's party planning");
		assertThat(api.titles(bob, "q=party")).containsExactly("Bob's party planning");
		assertThat(api.titles(bob, "q=surprise")).isEmpty();
		assertThat(api.titles(bob, "tag=personal")).isEmpty();
		assertThat(api.page(bob, "q=party")).containsEntry("totalItems", 1);
	}

	@Test
	void theNotFoundAnswerDoesNotRevealThatTheTaskExists() {
		var forBob = web.get()
			.uri("/api/v1/tasks/{id}", alicesTask)
			.headers(bob)
			.exchange()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
		var missing = web.get()
			.uri("/api/v1/tasks/{id}", java.util.UUID.randomUUID())
			.headers(bob)
			.exchange()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();

		assertThat(forBob.get("type")).isEqualTo(missing.get("type"));
		assertThat(forBob.get("title")).isEqualTo(missing.get("title"));
	}

	private static void expectNotFound(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:not-found");
	}

}
