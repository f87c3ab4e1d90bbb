package io.todoplatform.identity;

import java.util.regex.Pattern;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of browser pages, as a client without a browser sees them: a session cookie
 * scripts cannot read, a CSRF token on every form, sign-in that changes the session, and
 * the API untouched by any of it.
 */
@ApiTest
class BrowserSecurityIntegrationTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	WebTestClient web() {
		// Pages are not in the API document: not the contract-checked client.
		return Api.at("http://127.0.0.1:" + port).web();
	}

	@Test
	void aPageWithoutASessionLeadsToSignInAndAnHtmxRequestIsToldToGoThere() {
		web().get().uri("/tasks").exchange().expectStatus().is3xxRedirection().expectHeader().location("/signin");
		web().get()
			.uri("/tasks?q=x")
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("HX-Redirect", "/signin");
	}

	@Test
	void signingInNeedsTheFormsCsrfTokenAndGivesANewHttpOnlySameSiteSession() {
		var page = web().get().uri("/signin").exchange().expectStatus().isOk().returnResult(String.class);
		var before = page.getResponseCookies().getFirst("SESSION");
		assertThat(before).isNotNull();
		assertThat(before.isHttpOnly()).isTrue();
		assertThat(before.getSameSite()).isEqualTo("Lax");
		assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
			.isEqualTo(ContentSecurityPolicies.SCRIPTED_PAGES);
		var html = String.join("", page.getResponseBody().collectList().block());
		var csrf = CSRF_FIELD.matcher(html);
		assertThat(csrf.find()).as("the sign-in form's hidden CSRF field").isTrue();

		web().post()
			.uri("/signin")
			.cookie("SESSION", before.getValue())
			.body(BodyInserters.fromFormData("username", "carol"))
			.exchange()
			.expectStatus()
			.isForbidden();

		var signedIn = web().post()
			.uri("/signin")
			.cookie("SESSION", before.getValue())
			.body(BodyInserters.fromFormData("username", "carol")
				.with("zone", "Europe/Paris")
				.with("_csrf", csrf.group(1)))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class);
		ResponseCookie after = signedIn.getResponseCookies().getFirst("SESSION");
		assertThat(after).as("a new session id at sign-in (no fixation)").isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());

		web().get()
			.uri("/tasks")
			.cookie("SESSION", after.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("carol").doesNotContain("eyJ"));
	}

	@Test
	void aBadUserNameGoesBackToTheSignInPage() {
		var page = web().get().uri("/signin").exchange().returnResult(String.class);
		var session = page.getResponseCookies().getFirst("SESSION").getValue();
		var csrf = CSRF_FIELD.matcher(String.join("", page.getResponseBody().collectList().block()));
		assertThat(csrf.find()).isTrue();
		web().post()
			.uri("/signin")
			.cookie("SESSION", session)
			.body(BodyInserters.fromFormData("username", "no spaces!").with("_csrf", csrf.group(1)))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/signin?error");
	}

	@Test
	void assetsArePublicAndTheApiStaysStateless() {
		web().get()
			.uri("/ui/app.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		web().get()
			.uri("/webjars/htmx.org/dist/htmx.min.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/javascript"));
		var user = Api.at("http://127.0.0.1:" + port).signIn("dave");
		web().get()
			.uri("/api/v1/tasks")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

}
