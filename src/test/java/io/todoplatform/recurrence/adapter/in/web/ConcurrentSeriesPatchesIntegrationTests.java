package io.todoplatform.recurrence.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.todoplatform.support.AllAtOnce;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Many changes of one series at once: each is applied in turn or answered as a conflict,
 * never a 500.
 */
@ApiTest
class ConcurrentSeriesPatchesIntegrationTests {

	static final int AT_ONCE = 50;

	@Autowired
	WebTestClient web;

	@Test
	void patchesOfASeriesAtOnceAreAppliedInTurnOrAnsweredAsConflicts() {
		var api = new Api(web);
		var user = api.newUser();
		var started = api.startSeries(user,
				Map.of("title", "Contended", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T07:00:00"));
		@SuppressWarnings("unchecked")
		var id = ((Map<String, Object>) started.get("series")).get("id");

		var answers = AllAtOnce.run(AT_ONCE, () -> {
			var result = web.patch()
				.uri("/api/v1/recurring-tasks/{id}", id)
				.headers(user)
				.contentType(Api.MERGE_PATCH)
				.bodyValue(Map.of("description", "changed at " + System.nanoTime()))
				.exchange()
				.expectBody(Api.JSON)
				.returnResult();
			return Map.entry(result.getStatus().value(), String.valueOf(result.getResponseHeaders().getContentType()));
		});

		assertThat(answers).allSatisfy(answer -> assertThat(answer.getKey()).isIn(200, 409));
		assertThat(answers).filteredOn(answer -> answer.getKey() == 409)
			.allSatisfy(answer -> assertThat(answer.getValue()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		var applied = answers.stream().filter(answer -> answer.getKey() == 200).count();
		assertThat(applied).isPositive();
		web.get()
			.uri("/api/v1/recurring-tasks/{id}", id)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo((int) applied);
	}

}
