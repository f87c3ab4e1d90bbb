package io.todoplatform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.Browsers;
import io.todoplatform.support.FakeIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production sign-in in a real browser: the authorization-code flow with PKCE at an
 * OIDC issuer (a fake one in this JVM, on another origin), the API called with the user's
 * own access token, and signing out at the issuer too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "todo.storage.data-dir=target/test-data/${random.uuid}",
				"todo.identity.sign-in.client-id=todo-ui", "todo.identity.sign-in.client-secret=s3cret",
				"todo.identity.sign-in.scopes=openid,profile,api://todo/tasks" })
class OidcSignInBrowserTests {

	static final FakeIssuer issuer = new FakeIssuer("todo-ui", "s3cret");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
	}

	@AfterAll
	static void stopIssuer() {
		issuer.close();
	}

	@Test
	void signsInAtTheIssuerWithPkceAddsATaskAndSignsOutThereToo() {
		var user = "erin-" + UUID.randomUUID().toString().substring(0, 8);
		issuer.nextUser = user;
		// Short-lived: each call for the user renews it with the refresh token.
		issuer.accessTokenSeconds = 30;
		var page = browsers.open(Browsers.DESKTOP);
		page.navigate("http://127.0.0.1:" + port + "/");
		assertThat(page.getByLabel("User name")).hasCount(0);
		Browsers.accessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tasks").setExact(true)))
			.isVisible();
		assertThat(page.getByText(user)).isVisible();
		var asked = issuer.authorizations.getLast();
		assertThat(asked).containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "openid profile api://todo/tasks")
			.containsKeys("code_challenge", "nonce", "state");
		assertThat(issuer.tokenRequests.getFirst())
			.isEqualTo(new FakeIssuer.TokenRequest("authorization_code", true, true));

		page.getByLabel("Task title").fill("Call the plumber");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add task")).click();
		assertThat(TaskListBrowserTests.task(page, "Call the plumber")).isVisible();
		assertThat(issuer.tokenRequests).as("access tokens renewed with the refresh token, kept in the session")
			.contains(new FakeIssuer.TokenRequest("refresh_token", true, true));
		var session = page.context().cookies().stream().filter(cookie -> cookie.name.equals("SESSION")).findFirst();
		assertThat(session).hasValueSatisfying(cookie -> assertThat(cookie.httpOnly).isTrue());
		printSizes(session.get().value);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByText("You are signed out.")).isVisible();
		assertThat(issuer.signOuts).singleElement()
			.satisfies(signOut -> assertThat(signOut).containsKey("id_token_hint")
				.containsEntry("post_logout_redirect_uri", "http://127.0.0.1:" + port + "/signin?signedout"));
		page.navigate("http://127.0.0.1:" + port + "/");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
	}

	@Test
	void anHtmxRequestWithoutASessionIsToldToLoadTheSignInPage() throws Exception {
		var fragment = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tasks"))
				.header("HX-Request", "true")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fragment.statusCode()).isEqualTo(401);
		assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/signin");
	}

	/** What an OIDC session holds, for the ADR: its tokens make it the largest kind. */
	private void printSizes(String session) {
		var sizes = database
			.sql("select name, octet_length(value) as size from identity.browser_session_attribute "
					+ "where session_id_hash = sha256(convert_to(:id, 'UTF8')) order by name")
			.bind("id", session)
			.map(row -> row.get("name", String.class) + "=" + row.get("size", Integer.class))
			.all()
			.collectList()
			.block();
		System.out.println("An OIDC sign-in's session attributes (bytes): " + sizes);
		assertThat(sizes).isNotEmpty();
	}

}
