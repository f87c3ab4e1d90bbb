package io.todoplatform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.RawHttp;
import io.todoplatform.support.contract.ApiContract;
import io.todoplatform.support.contract.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests refused before any API sees them (by the query check, Spring Security's
 * firewall or Reactor Netty's decoder) are answered with problems like every other
 * refusal, and are not worth a warning in the log.
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
		assertThat(breaksOfTheDocument("/api/v1/tasks", answer)).isEmpty();
	}

	@Test
	void headersOverTheLimitAreTooLarge() {
		var answer = RawHttp.get(port, "/api/v1/tasks", "X-Padding: " + "a".repeat(20_000) + "\r\n");

		assertThat(answer.status()).isEqualTo(431);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:request-header-fields-too-large\"");
		assertThat(breaksOfTheDocument("/api/v1/tasks", answer)).isEmpty();
	}

	@Test
	void aHeaderWithAControlCharacterIsNotHttp() {
		var answer = RawHttp.get(port, "/api/v1/tasks", "X-Test: a\u0001b\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).isEqualTo(PROBLEM);
		assertThat(answer.body()).contains("\"type\":\"urn:todo-platform:problem:invalid-request\"");
	}

	/**
	 * The decoder's answers bypass the API tests' client, which holds every answer it
	 * gets to the document.
	 */
	private List<String> breaksOfTheDocument(String path, RawHttp.Answer answer) {
		var document = web.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(answer.contentType()));
		return ApiContract.of(document)
			.violations(new Exchange(HttpMethod.GET, URI.create(path), new HttpHeaders(), new byte[0], answer.status(),
					headers, answer.body().getBytes(StandardCharsets.UTF_8)));
	}

	private String token() {
		return new Api(web).newUser().token();
	}

}
