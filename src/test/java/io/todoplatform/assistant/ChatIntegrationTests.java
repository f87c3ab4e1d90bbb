package io.todoplatform.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.todoplatform.support.McpClients;
import io.todoplatform.support.ScriptedModel;
import io.todoplatform.support.ServerSentEvents;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat endpoint against a scripted OpenAI-compatible model (a real HTTP server that
 * Spring AI's OpenAI client streams from), the local mode running as a user runs it, its
 * model configured by {@code todo.assistant.chat.model}. Every answer is held to the API
 * document.
 */
class ChatIntegrationTests {

	static final Path DATA = Path.of("target/test-data/chat-" + UUID.randomUUID());

	static ScriptedModel model;

	static ConfigurableApplicationContext running;

	static Api api;

	@BeforeAll
	static void start() throws Exception {
		model = new ScriptedModel();
		running = start(model);
		api = Api.of(running);
	}

	@AfterAll
	static void stop() {
		running.close();
		model.close();
	}

	static ConfigurableApplicationContext start(ScriptedModel model) {
		return new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--todo.storage.data-dir=" + DATA, "--todo.assistant.chat.model=scripted",
				"--spring.ai.openai.base-url=" + model.baseUrl(), "--spring.ai.openai.api-key=test-key");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theModelsToolCallsRunAsTheCallerAndTheStreamShowsEachStepInOrder() {
		var alice = api.newUser();
		var bob = api.newUser();
		var events = ServerSentEvents.of(stream(alice, "Add Pay rent"));
		assertThat(events.names()).containsExactly("delta", "tool-call", "tool-result", "delta", "delta", "message");
		assertThat(events.data("tool-call")).containsEntry("name", "add_task")
			.containsEntry("arguments", Map.of("title", "Pay rent"));
		var result = events.data("tool-result");
		assertThat(result).containsEntry("name", "add_task").containsEntry("error", false);
		assertThat((Map<String, Object>) ((Map<String, Object>) result.get("result")).get("task"))
			.containsEntry("title", "Pay rent");
		assertThat((String) events.data("message").get("message")).startsWith("Done: ").contains("Pay rent");

		assertThat(api.titles(alice, "")).containsExactly("Pay rent");
		assertThat(api.titles(bob, "")).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theModelIsOfferedExactlyTheMcpServersTools() {
		var user = api.newUser();
		chat(user, Map.of("message", "Hi"));
		var offered = ((List<Map<String, Object>>) model.requests().getLast().get("tools")).stream()
			.map(tool -> (String) ((Map<String, Object>) tool.get("function")).get("name"))
			.toList();
		try (var mcp = McpClients.of(base(), user.token())) {
			assertThat(offered)
				.containsExactlyInAnyOrderElementsOf(mcp.listTools().tools().stream().map(Tool::name).toList());
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void asJsonTheAnswerHasTheFinalMessageTheToolCallsAndTheConversation() {
		var user = api.newUser();
		var answer = chat(user, Map.of("message", "Add Water the plants"));
		assertThat((String) answer.get("message")).startsWith("Done: ");
		var calls = (List<Map<String, Object>>) answer.get("toolCalls");
		assertThat(calls).hasSize(1);
		assertThat(calls.getFirst()).containsEntry("name", "add_task")
			.containsEntry("arguments", Map.of("title", "Water the plants"))
			.containsEntry("error", false);
		assertThat(answer.get("conversationId")).isNotNull();
		assertThat(api.titles(user, "")).containsExactly("Water the plants");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aConversationGoesOnIsListedAndDeletedByItsOwnerOnly() {
		var owner = api.newUser();
		var id = (String) chat(owner, Map.of("message", "Add Call the plumber")).get("conversationId");
		chat(owner, Map.of("conversationId", id, "message", "Hi again"));
		// The model was sent the first turn again, its tool call and result included.
		var sent = (List<Map<String, Object>>) model.requests().getLast().get("messages");
		assertThat(sent).extracting(message -> message.get("role"))
			.containsExactly("system", "user", "assistant", "tool", "assistant", "user");
		// The model can resolve "tomorrow": it is told the moment and the user's zone
		// (UTC: no zoneinfo claim).
		assertThat((String) sent.getFirst().get("content")).contains("It is now ")
			.contains("in the user's time zone, UTC");

		var listed = list(owner);
		assertThat(listed).hasSize(1);
		assertThat(listed.getFirst()).containsEntry("id", id).containsEntry("title", "Add Call the plumber");
		var conversation = get(owner, id).expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
		var turns = (List<Map<String, Object>>) conversation.get("turns");
		assertThat(turns).extracting(turn -> turn.get("message")).containsExactly("Add Call the plumber", "Hi again");
		assertThat((List<?>) turns.getFirst().get("toolCalls")).hasSize(1);

		var stranger = api.newUser();
		assertThat(list(stranger)).isEmpty();
		get(stranger, id).expectStatus().isNotFound();
		delete(stranger, id).expectStatus().isNotFound();
		api.web()
			.post()
			.uri("/api/v1/chat")
			.headers(stranger)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("conversationId", id, "message", "Hi"))
			.exchange()
			.expectStatus()
			.isNotFound();

		delete(owner, id).expectStatus().isNoContent();
		get(owner, id).expectStatus().isNotFound();
		assertThat(list(owner)).isEmpty();
	}

	@Test
	void aModelThatKeepsCallingToolsIsStoppedAfterEightRounds() {
		var user = api.newUser();
		var events = ServerSentEvents.of(stream(user, "Loop over my tasks"));
		assertThat(events.names().stream().filter("tool-result"::equals)).hasSize(8);
		assertThat(events.names().getLast()).isEqualTo("message");
		assertThat((String) events.data("message").get("message")).contains("stopped after 8 rounds");
	}

	@Test
	void whenTheModelFailsTheStreamEndsWithAnErrorAndNothingIsStored() {
		var user = api.newUser();
		var events = ServerSentEvents.of(stream(user, "Break, please"));
		assertThat(events.names()).containsExactly("error");
		assertThat(events.data("error")).containsEntry("status", 502).containsKey("conversationId");
		api.web()
			.post()
			.uri("/api/v1/chat")
			.headers(user)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "Break again"))
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(list(user)).isEmpty();
	}

	@Test
	void aMessageMustBeThereAndShortAndTheBodyHasNoOtherFields() {
		var user = api.newUser();
		for (var body : List.of(Map.of("message", "  "), Map.of(), Map.of("message", "x".repeat(4001)),
				Map.of("message", "Hi", "model", "gpt-5"), Map.of("message", "Hi", "conversationId", "not-an-id"))) {
			for (var accept : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM)) {
				api.web()
					.post()
					.uri("/api/v1/chat")
					.headers(user)
					.accept(accept)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			}
		}
		assertThat(list(user)).isEmpty();
	}

	@Test
	void theHistorySurvivesARestart() {
		var name = "user-" + UUID.randomUUID();
		var id = (String) chat(api.signIn(name), Map.of("message", "Add Renew the passport")).get("conversationId");
		running.close();
		running = start(model);
		api = Api.of(running);
		var user = api.signIn(name);
		assertThat(list(user)).extracting(summary -> summary.get("id")).containsExactly(id);
		get(user, id).expectStatus().isOk().expectBody().jsonPath("$.turns[0].reply").value(reply -> {
			assertThat((String) reply).startsWith("Done: ");
		});
	}

	/**
	 * The tools a turn called did act, so the turn is kept even when its client goes away
	 * before the end (here: after the tool's result, while the model still writes).
	 */
	@Test
	void aTurnWhoseClientWentAwayIsStillKept() throws IOException {
		var user = api.newUser();
		var port = ((WebServerApplicationContext) running).getWebServer().getPort();
		try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			var body = "{\"message\": \"Slow Call the bank\"}";
			socket.getOutputStream()
				.write(("POST /api/v1/chat HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
						+ user.token() + "\r\nAccept: text/event-stream\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + body.length() + "\r\n\r\n" + body)
					.getBytes(StandardCharsets.UTF_8));
			var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null && !line.startsWith("event:tool-result")
					&& !line.startsWith("event: tool-result")) {
				// Until the tool has run; then the client hangs up.
			}
			assertThat(line).as("the stream reached the tool's result").isNotNull();
		}
		// Gently: this app counts requests per user at the production limit.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(list(user)).hasSize(1));
		var id = (String) list(user).getFirst().get("id");
		get(user, id).expectStatus().isOk().expectBody().jsonPath("$.turns[0].reply").value(reply -> {
			assertThat((String) reply).startsWith("Done: ");
		});
		assertThat(api.titles(user, "")).containsExactly("Call the bank");
	}

	@Test
	void theAnswersFormIsTheOneTheClientPrefers() {
		var user = api.newUser();
		api.web()
			.post()
			.uri("/api/v1/chat")
			.headers(user)
			.header(HttpHeaders.ACCEPT, "application/json;q=0.5, text/event-stream")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "Hello"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM);
	}

	String stream(Api.User user, String message) {
		return api.web()
			.post()
			.uri("/api/v1/chat")
			.headers(user)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", message))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	Map<String, Object> chat(Api.User user, Map<String, Object> body) {
		return api.web()
			.post()
			.uri("/api/v1/chat")
			.headers(user)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list(Api.User user) {
		return api.web()
			.get()
			.uri("/api/v1/chat/conversations")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map(summary -> (Map<String, Object>) summary)
			.toList();
	}

	org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec get(Api.User user, String id) {
		return api.web().get().uri("/api/v1/chat/conversations/{id}", id).headers(user).exchange();
	}

	org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec delete(Api.User user, String id) {
		return api.web().delete().uri("/api/v1/chat/conversations/{id}", id).headers(user).exchange();
	}

	String base() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) running).getWebServer().getPort();
	}

}
