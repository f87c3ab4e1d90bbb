package io.todoplatform.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.todoplatform.support.contract.ContractFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The task API as a client sees it, for tests: users with real tokens and the calls they
 * make.
 */
public final class Api {

	public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private final WebTestClient web;

	public Api(WebTestClient web) {
		this.web = web;
	}

	/**
	 * The API of an application a test started itself; its answers are held to its API
	 * document.
	 */
	public static Api of(ApplicationContext running) {
		var port = ((WebServerApplicationContext) running).getWebServer().getPort();
		return new Api(WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.filter(new ContractFilter())
			.build());
	}

	/**
	 * The API of an application running elsewhere, e.g. one process of the distributed
	 * mode.
	 */
	public static Api at(String baseUrl) {
		return new Api(WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(30)).build());
	}

	/** A fresh token for a user, e.g. after a restart made the old one unverifiable. */
	public User signIn(String name) {
		var response = web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", name))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		return new User(name, (String) response.get("access_token"));
	}

	/** A user no other test uses, with a token from the local token endpoint. */
	public User newUser() {
		return signIn("user-" + UUID.randomUUID());
	}

	public WebTestClient web() {
		return web;
	}

	/**
	 * The API document's text ({@code /v3/api-docs}): larger than a client's default
	 * limit.
	 */
	public String document() {
		return web.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	public record User(String name, String token) implements Consumer<HttpHeaders> {

		@Override
		public void accept(HttpHeaders headers) {
			headers.setBearerAuth(token);
		}
	}

	public Map<String, Object> create(User user, Map<String, ?> task) {
		return web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(task)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	public String createId(User user, Map<String, ?> task) {
		return (String) create(user, task).get("id");
	}

	public WebTestClient.ResponseSpec list(User user, String query) {
		return web.get().uri("/api/v1/tasks" + (query.isEmpty() ? "" : "?" + query)).headers(user).exchange();
	}

	/** The titles of a list, in the order the API returned them. */
	@SuppressWarnings("unchecked")
	public List<String> titles(User user, String query) {
		var page = list(user, query).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.map(item -> (String) item.get("title"))
			.toList();
	}

	public Map<String, Object> page(User user, String query) {
		return list(user, query).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
	}

	/**
	 * Starts a recurring task; the answer holds the series and the id of its first
	 * occurrence.
	 */
	public Map<String, Object> startSeries(User user, Map<String, ?> series) {
		return web.post()
			.uri("/api/v1/recurring-tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(series)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	public void complete(User user, Object taskId) {
		web.post().uri("/api/v1/tasks/{id}/complete", taskId).headers(user).exchange().expectStatus().isOk();
	}

	/** A series' occurrences that exist as tasks, oldest first. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> occurrences(User user, Object seriesId) {
		return (List<Map<String, Object>>) page(user, "seriesId=" + seriesId + "&sort=dueAt,asc&size=100").get("items");
	}

	public long count(User user) {
		return ((Number) page(user, "").get("totalItems")).longValue();
	}

	/** Where the user's reminders go: an email address and push endpoints. */
	public void settings(User user, Map<String, ?> settings) {
		web.put()
			.uri("/api/v1/me/notification-settings")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(settings)
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** The user's reminders of one task, by fire time. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> reminders(User user, Object taskId) {
		return web.get()
			.uri("/api/v1/reminders?taskId={id}", taskId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map(reminder -> (Map<String, Object>) reminder)
			.toList();
	}

	/** The user's task as the API shows it now. */
	public Map<String, Object> task(User user, Object taskId) {
		return web.get()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	public Map<String, Object> patch(User user, Object taskId, Map<String, ?> patch) {
		return web.patch()
			.uri("/api/v1/tasks/{id}", taskId)
			.headers(user)
			.contentType(MERGE_PATCH)
			.bodyValue(patch)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

}
