package io.todoplatform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;
import io.todoplatform.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The request limits with small numbers (5 requests per user in 5 s on two API paths, 20
 * tokens per client address in an hour), counted in PostgreSQL as in the distributed
 * mode, where several processes share them.
 */
@ApiTest
@TestPropertySource(properties = { "todo.limits.store=postgresql", "todo.limits.per-user.requests=5",
		"todo.limits.per-user.window=5s", "todo.limits.per-user.paths=/api/v1/tasks/**,/api/v1/tags",
		"todo.limits.per-address.requests=20", "todo.limits.per-address.window=1h",
		"todo.identity.local-key-file=" + RequestLimitsIntegrationTests.KEY })
class RequestLimitsIntegrationTests {

	/** Shared with the second replica, so that it accepts this one's tokens. */
	static final String KEY = "target/test-data/request-limits-local-key.pem";

	private static final Pattern STATE = Pattern.compile("\"per-user\";r=(\\d+);t=(\\d+)");

	@Autowired
	WebTestClient web;

	@Autowired
	ApplicationContext context;

	Api api;

	User user;

	@BeforeEach
	void aUser() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void everyAnswerSaysTheQuotaAndWhatIsLeftOfIt() {
		var answer = get(web, "/api/v1/tags", user);

		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(answer.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo("\"per-user\";q=5;w=5");
		var state = STATE.matcher(answer.getResponseHeaders().getFirst("RateLimit"));
		assertThat(state.matches()).isTrue();
		assertThat(state.group(1)).isEqualTo("4");
		assertThat(Integer.parseInt(state.group(2))).isBetween(1, 5);
	}

	@Test
	void theRequestAfterTheQuotaIs429WithRetryAfterAndWritesNothingThenTheNextWindowOpens() {
		var created = 0;
		var answers = new ArrayList<EntityExchangeResult<String>>();
		while (answers.isEmpty() || answers.getLast().getStatus().value() != 429) {
			assertThat(answers).as("a refusal within 30 requests").hasSizeLessThan(30);
			var answer = web.post()
				.uri("/api/v1/tasks")
				.headers(user)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("title", "Flood"))
				.exchange()
				.expectBody(String.class)
				.returnResult();
			created += answer.getStatus().value() == 201 ? 1 : 0;
			answers.add(answer);
		}

		assertThat(answers.subList(answers.size() - 6, answers.size() - 1)).extracting(this::remaining)
			.containsExactly(4, 3, 2, 1, 0);
		var refusal = answers.getLast();
		var retryAfter = Integer.parseInt(refusal.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).isBetween(1, 5);
		assertThat(refusal.getResponseHeaders().getFirst("RateLimit")).isEqualTo("\"per-user\";r=0;t=" + retryAfter);
		assertThat(refusal.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refusal.getResponseBody()).contains("\"type\":\"urn:todo-platform:problem:too-many-requests\"",
				"\"status\":429", "\"violated-policies\":[\"per-user\"]");

		var afterwards = Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get(web, "/api/v1/tasks?size=100", user), answer -> answer.getStatus().value() == 200);
		assertThat(afterwards.getResponseBody()).contains("\"totalItems\":" + created);
	}

	@Test
	void oneUsersFloodLeavesAnotherUsersQuotaAlone() {
		for (int i = 0; i < 8; i++) {
			get(web, "/api/v1/tags", user);
		}
		assertThat(get(web, "/api/v1/tags", user).getStatus().value()).isEqualTo(429);

		var other = get(web, "/api/v1/tags", api.newUser());
		assertThat(other.getStatus().value()).isEqualTo(200);
		assertThat(remaining(other)).isEqualTo(4);
	}

	@Test
	void onlyTheConfiguredPathsAreLimited() {
		for (int i = 0; i < 8; i++) {
			var answer = get(web, "/api/v1/me/notification-settings", user);
			assertThat(answer.getStatus().value()).isEqualTo(200);
			assertThat(answer.getResponseHeaders().containsHeader("RateLimit")).isFalse();
		}
		assertThat(remaining(get(web, "/api/v1/tags", user))).isEqualTo(4);
	}

	@Test
	void theLocalTokenEndpointIsLimitedPerClientAddress() {
		var flooding = from(randomLoopbackAddress());
		for (int i = 19; i >= 0; i--) {
			var answer = token(flooding);
			assertThat(answer.getStatus().value()).isEqualTo(200);
			assertThat(answer.getResponseHeaders().getFirst("RateLimit")).startsWith("\"per-address\";r=" + i + ";t=");
		}
		var refusal = token(flooding);
		assertThat(refusal.getStatus().value()).isEqualTo(429);
		assertThat(refusal.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo("\"per-address\";q=20;w=3600");
		assertThat(refusal.getResponseBody()).contains("\"violated-policies\":[\"per-address\"]");

		assertThat(token(from(randomLoopbackAddress())).getStatus().value()).isEqualTo(200);
	}

	@Test
	void theLimitHoldsAcrossReplicasThatShareTheDatabase() {
		var postgres = context.getBean(EmbeddedPostgres.class);
		try (var replica = new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--spring.r2dbc.url=r2dbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
				"--spring.r2dbc.username=postgres", "--todo.identity.local-key-file=" + KEY,
				"--todo.limits.store=postgresql", "--todo.limits.per-user.requests=5",
				"--todo.limits.per-user.window=5s", "--todo.limits.per-user.paths=/api/v1/tags")) {
			var replicas = List.of(web, Api.of(replica).web());
			var answers = new ArrayList<EntityExchangeResult<String>>();
			while (answers.isEmpty() || answers.getLast().getStatus().value() != 429) {
				assertThat(answers).as("a refusal within 30 requests").hasSizeLessThan(30);
				answers.add(get(replicas.get(answers.size() % 2), "/api/v1/tags", user));
			}

			// The five allowed before the refusal went to both replicas, and each counted
			// the other's.
			assertThat(answers.subList(answers.size() - 6, answers.size() - 1)).extracting(this::remaining)
				.containsExactly(4, 3, 2, 1, 0);
		}
	}

	private int remaining(EntityExchangeResult<String> answer) {
		var state = STATE.matcher(answer.getResponseHeaders().getFirst("RateLimit"));
		assertThat(state.matches()).as(answer.getResponseHeaders().getFirst("RateLimit")).isTrue();
		return Integer.parseInt(state.group(1));
	}

	private static EntityExchangeResult<String> get(WebTestClient client, String path, User user) {
		return client.get().uri(path).headers(user).exchange().expectBody(String.class).returnResult();
	}

	private static EntityExchangeResult<String> token(WebTestClient client) {
		return client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "ada"))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/**
	 * This application, called from another loopback address: another client as far as it
	 * can tell.
	 */
	private WebTestClient from(String source) {
		var port = ((WebServerApplicationContext) context).getWebServer().getPort();
		var client = HttpClient.create().bindAddress(() -> new InetSocketAddress(source, 0));
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
			.baseUrl("http://127.0.0.1:" + port)
			.build();
	}

	private static String randomLoopbackAddress() {
		var random = ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

}
