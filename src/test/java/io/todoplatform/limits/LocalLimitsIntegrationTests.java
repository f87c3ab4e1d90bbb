package io.todoplatform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The local mode counts in memory, on every API path by default (the test setup raises
 * the quota).
 */
@ApiTest
class LocalLimitsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Test
	void everyApiAnswerSaysTheQuotaAndCountsDown() {
		var user = new Api(web).newUser();

		var first = web.get()
			.uri("/api/v1/tasks")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class);
		var second = web.get()
			.uri("/api/v1/me/notification-settings")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class);

		assertThat(first.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo("\"per-user\";q=1000000;w=60");
		assertThat(first.getResponseHeaders().getFirst("RateLimit")).startsWith("\"per-user\";r=999999;t=");
		assertThat(second.getResponseHeaders().getFirst("RateLimit")).startsWith("\"per-user\";r=999998;t=");
	}

}
