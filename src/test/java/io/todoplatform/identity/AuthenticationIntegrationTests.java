package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class AuthenticationIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	LocalTokens tokens;

	@Test
	void theLocalTokenEndpointIssuesAnRs256BearerTokenForANamedUser() {
		var token = web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "alice"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();

		assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
		var parts = ((String) token.get("access_token")).split("\\.");
		assertThat(new String(Base64.getUrlDecoder().decode(parts[0]))).contains("\"alg\":\"RS256\"");
		assertThat(new String(Base64.getUrlDecoder().decode(parts[1]))).contains("\"sub\":\"alice\"");
	}

	@Test
	void aBadUsernameIsAProblem() {
		for (var body : new Object[] { Map.of("username", ""), Map.of("username", "has spaces"), Map.of(),
				Map.of("username", "x".repeat(65)) }) {
			web.post()
				.uri("/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$['invalid-params'][0].name")
				.isEqualTo("username");
		}
	}

	@Test
	void withoutATokenTheApiAnswers401WithAProblem() {
		web.get()
			.uri("/api/v1/tasks")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer resource_metadata=\"http://localhost:\\d+/\\.well-known/oauth-protected-resource\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:unauthenticated");
	}

	@ParameterizedTest(name = "sub: {0}")
	@NullSource
	@ValueSource(strings = { "", "   ", "nul\u0000inside", "control\u0001" })
	void aGenuineTokenWithASubjectNoOneCanBeIsUnauthenticated(String subject) {
		var claims = tokens.claims();
		if (subject != null) {
			claims.subject(subject);
		}
		expectRejected(tokens.sign(claims.build()));
	}

	@Test
	void aSubjectOfUpTo255CharactersIsAUserAndALongerOneIsNot() {
		web.get()
			.uri("/api/v1/tasks")
			.headers(headers -> headers.setBearerAuth(tokens.issue("x".repeat(255))))
			.exchange()
			.expectStatus()
			.isOk();
		expectRejected(tokens.issue("x".repeat(256)));
	}

	@Test
	void aMalformedTokenIsRejected() {
		expectRejected("not-a-jwt");
	}

	@Test
	void aTokenSignedByAnotherKeyIsRejected() throws Exception {
		var genuine = new Api(web).newUser().token();
		var parts = genuine.split("\\.");
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var signer = java.security.Signature.getInstance("SHA256withRSA");
		signer.initSign(generator.generateKeyPair().getPrivate());
		signer.update((parts[0] + "." + parts[1]).getBytes());
		var forged = parts[0] + "." + parts[1] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());

		expectRejected(forged);
	}

	@Test
	void aTokenWhoseClaimsWereAlteredIsRejected() {
		var parts = new Api(web).newUser().token().split("\\.");
		var claims = "{\"iss\":\"http://localhost/todo-platform/local-issuer\",\"sub\":\"mallory\",\"exp\":"
				+ Instant.now().plusSeconds(600).getEpochSecond() + "}";
		var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
				+ parts[2];

		expectRejected(tampered);
	}

	@Test
	void anUnsignedTokenIsRejected() {
		var header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		var claims = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"sub\":\"mallory\",\"iss\":\"http://localhost/todo-platform/local-issuer\",\"exp\":"
					+ Instant.now().plusSeconds(600).getEpochSecond() + "}")
				.getBytes());

		expectRejected(header + "." + claims + ".");
	}

	private void expectRejected(String token) {
		web.get()
			.uri("/api/v1/tasks")
			.headers(headers -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:unauthenticated");
	}

}
