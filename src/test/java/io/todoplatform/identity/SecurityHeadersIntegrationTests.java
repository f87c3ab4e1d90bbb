package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Every page this server renders, and every other answer, comes with a strict content
 * security policy and the usual security headers. The snooze page (opened from an email,
 * without signing in) is the one that matters most.
 */
@ApiTest
class SecurityHeadersIntegrationTests {

	static final String STRICT = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Autowired
	WebTestClient web;

	@Test
	void theSnoozePageHasAStrictContentSecurityPolicyAndNeedsNothingItForbids() {
		var page = web.get()
			.uri("/notifications/snooze?reminder=7d6f1c2a-4b7e-4f53-9a8e-2f0c1d3b5a61&at=1&sig=x")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals(ContentSecurityPolicies.HEADER, STRICT)
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("Cross-Origin-Opener-Policy", "same-origin")
			.expectHeader()
			.valueEquals("Cross-Origin-Resource-Policy", "same-origin")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<style")
			.doesNotContainIgnoringCase(" style=")
			.doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<link")
			.doesNotContainPattern("(?i)\\son[a-z]+=")
			.doesNotContainIgnoringCase(" action=");
	}

	@Test
	void theAnswerToASnoozeFormHasTheSamePolicy() {
		web.post()
			.uri("/notifications/snooze")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("reminder", "not-a-reminder").with("for", "PT1H"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals(ContentSecurityPolicies.HEADER, STRICT)
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer");
	}

	@Test
	void errorPagesAndApiAnswersHaveItToo() {
		strictlyProtected()
			.accept(web.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound());
		var user = new Api(web).newUser();
		strictlyProtected().accept(web.get().uri("/api/v1/tags").headers(user).exchange().expectStatus().isOk());
		strictlyProtected().accept(web.get().uri("/api/v1/tasks").exchange().expectStatus().isUnauthorized());
	}

	@Test
	void theApiBrowserMayLoadOnlyItsOwnScriptsStylesAndImagesAndFetchOnlyFromHere() {
		var page = web.get()
			.uri("/webjars/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(ContentSecurityPolicies.HEADER,
					"default-src 'none'; script-src 'self'; "
							+ "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
							+ "form-action 'self'; frame-ancestors 'none'")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		// Inline scripts and styles would need 'unsafe-inline': the page has none.
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainIgnoringCase("<style");
	}

	private static Consumer<WebTestClient.ResponseSpec> strictlyProtected() {
		return response -> response.expectHeader()
			.valueEquals(ContentSecurityPolicies.HEADER, STRICT)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer");
	}

}
