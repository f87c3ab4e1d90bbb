package io.todoplatform.identity;

import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * DNS rebinding: a page on a host an attacker points at 127.0.0.1 must not get a token or
 * reach the API or the MCP server of the local mode.
 */
@ApiTest
class LoopbackHostsIntegrationTests {

	@LocalServerPort
	int port;

	WebTestClient web() {
		// Not the contract-checked client: these answers are refusals before any route.
		return Api.at("http://127.0.0.1:" + port).web();
	}

	@Test
	void aRequestNamingAnotherHostIsRefusedBeforeItGetsAToken() {
		web().post()
			.uri("/auth/token")
			.header(HttpHeaders.HOST, "rebound.example:" + port)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "alice"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("Host"));
	}

	@Test
	void aBrowserPageFromAnotherOriginIsRefusedEvenOnALoopbackHost() {
		web().post()
			.uri("/auth/token")
			.header(HttpHeaders.ORIGIN, "http://rebound.example:" + port)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "alice"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void loopbackNamesAndOriginsAreServed() {
		for (var host : new String[] { "localhost", "127.0.0.1", "[::1]" }) {
			web().post()
				.uri("/auth/token")
				.header(HttpHeaders.HOST, host + ":" + port)
				.header(HttpHeaders.ORIGIN, "http://localhost:6274")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", "alice"))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

}
