package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

import io.todoplatform.support.AllAtOnce;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Many changes of one task at once: each gets a clear answer (applied, stale, or
 * conflicting), never a 500.
 */
@ApiTest
class ConcurrentPatchesIntegrationTests {

	static final int AT_ONCE = 50;

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	String task;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		task = api.createId(user, Map.of("title", "Contended"));
	}

	@Test
	void patchesOfTheSameVersionAtOnceApplyOnceAndTheRestArePreconditionFailures() {
		var answers = AllAtOnce.run(AT_ONCE, () -> patch(headers -> headers.setIfMatch("\"0\"")));

		assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() != 200).hasSize(AT_ONCE - 1).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(412);
			assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			// Version 1 is the only other version there ever was: no answer may claim
			// another.
			assertThat(answer.detail()).doesNotContainPattern("version (?!0\\b|1\\b)\\d+");
		});
		web.get()
			.uri("/api/v1/tasks/{id}", task)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void patchesWithoutIfMatchAtOnceAreAppliedInTurnOrAnsweredAsConflicts() {
		var answers = AllAtOnce.run(AT_ONCE, () -> patch(headers -> {
		}));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(200, 409));
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(answer -> assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON));
		var applied = answers.stream().filter(answer -> answer.status() == 200).count();
		assertThat(applied).isPositive();
		web.get()
			.uri("/api/v1/tasks/{id}", task)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo((int) applied);
	}

	private Answer patch(Consumer<HttpHeaders> ifMatch) {
		var result = web.patch()
			.uri("/api/v1/tasks/{id}", task)
			.headers(user)
			.headers(ifMatch)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(Map.of("description", "changed at " + System.nanoTime()))
			.exchange()
			.expectBody(Api.JSON)
			.returnResult();
		var body = result.getResponseBody();
		return new Answer(result.getStatus().value(), result.getResponseHeaders().getContentType(),
				body == null ? "" : String.valueOf(body.get("detail")));
	}

	record Answer(int status, MediaType contentType, String detail) {
	}

}
