package io.todoplatform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests refused before any API sees them (by the query check, Spring Security's firewall or Reactor Netty's
 * decoder) are answered with problems like every other refusal, and are not worth a warning in the log.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestsIntegrationTests {

	static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/actuator/health?%01=1                   | \\u0001
			/notifications/snooze?%01=x              | \\u0001
			/api/v1/tasks?%01=x                      | \\u0001
			/api/v1/tasks?q=a%00b                    | q
			/api/v1/reminders?taskId=%00             | taskId
			/api/v1/tasks/a%2Fb                      |
			/api/v1/tasks/a%00b                      |
			/api/v1/tasks/%2e%2e/x                   |
			""")
	void aRefusedRequestIsAProblemAndOnlyADebugLine(String target, String param, CapturedOutput log) {
		var answer = RawHttp.get(port, target, "Authorization: Bearer " + token() + "\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:invalid-request\"");
		if (param != null) {
			assertThat(answer.body()).contains("\"invalid-params\":[{\"name\":\"" + param + "\"");
		}
		assertThat(log.getAll()).doesNotContain("ServerExchangeRejectedException")
			.doesNotContain("Unexpected failure of GET");
	}

	@Test
	void aRequestLineOverTheLimitIsUriTooLong() {
		var answer = RawHttp.get(port, "/api/v1/tasks?q=" + "a".repeat(10_000), "");

		assertThat(answer.status()).isEqualTo(414);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:uri-too-long\"", "\"status\":414");
	}

	@Test
	void headersOverTheLimitAreTooLarge() {
		var answer = RawHttp.get(port, "/api/v1/tasks", "X-Padding: " + "a".repeat(20_000) + "\r\n");

		assertThat(answer.status()).isEqualTo(431);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:request-header-fields-too-large\"");
	}

	@Test
	void aHeaderWithAControlCharacterIsNotHttp() {
		var answer = RawHttp.get(port, "/api/v1/tasks", "X-Test: a\u0001b\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:invalid-request\"");
	}

	private String token() {
		return new Api(web).newUser().token();
	}
}
