package io.todoplatform.assistant.adapter.out.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.ToolUse;
import io.todoplatform.assistant.domain.Turn;
import io.todoplatform.distributed.DaprBinaries;
import io.todoplatform.distributed.FreePorts;
import io.todoplatform.distributed.ManagedProcess;
import io.todoplatform.support.Api;
import io.todoplatform.support.ModuleProcess;
import io.todoplatform.support.ScriptedModel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dapr adapter of the conversations against a real daprd (the pinned 1.18.3, built
 * like every end-to-end test's, hence an end-to-end test) whose state store is
 * {@code state.postgresql} version 2 on an embedded PostgreSQL, as the chart gives the
 * {@code tasks} app-id ({@code templates/dapr/statestore.yaml}).
 */
class ChatHistoryE2ETests {

	static final String TOKEN = "test-dapr-api-token";

	static EmbeddedPostgres postgres;

	static ManagedProcess daprd;

	static DaprConversations conversations;

	static String sidecar;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().setPort(FreePorts.next()).start();
		var resources = Files.createDirectories(Path.of("target/test-data/dapr-conversations-" + UUID.randomUUID()));
		Files.writeString(resources.resolve("conversations.yaml"), """
				apiVersion: dapr.io/v1alpha1
				kind: Component
				metadata:
				  name: chat-history
				spec:
				  type: state.postgresql
				  version: v2
				  metadata:
				    - name: connectionString
				      value: "host=127.0.0.1 port=%d user=postgres dbname=postgres sslmode=disable"
				    - name: tablePrefix
				      value: chat_
				""".formatted(postgres.getPort()));
		var http = FreePorts.next();
		daprd = new ManagedProcess("daprd-chat-history",
				List.of(DaprBinaries.locate().daprd().toString(), "--app-id", "tasks", "--dapr-listen-addresses",
						"127.0.0.1", "--dapr-http-port", Integer.toString(http), "--dapr-grpc-port",
						Integer.toString(FreePorts.next()), "--dapr-internal-grpc-port",
						Integer.toString(FreePorts.next()), "--dapr-internal-grpc-listen-address", "127.0.0.1",
						"--metrics-port", Integer.toString(FreePorts.next()), "--metrics-listen-address", "127.0.0.1",
						"--resources-path", resources.toString(), "--config",
						Path.of("deploy/dapr/local/config.yaml").toAbsolutePath().toString(), "--log-level", "info"),
				Map.of("DAPR_HOST_IP", "127.0.0.1", "DAPR_API_TOKEN", TOKEN));
		daprd.start();
		daprd.awaitHttp("http://127.0.0.1:" + http + "/v1.0/healthz/outbound", 204, Duration.ofSeconds(60));
		sidecar = "http://127.0.0.1:" + http;
		conversations = new DaprConversations(WebClient.builder(), JsonMapper.builder().build(),
				new StateStoreSettings("chat-history", sidecar, TOKEN, Duration.ofSeconds(10)));
	}

	@AfterAll
	static void stop() throws IOException {
		if (daprd != null) {
			daprd.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aConversationIsKeptWholeAndOnlyItsOwnerReachesIt() {
		var owner = "user-" + UUID.randomUUID();
		var started = Conversation.start(owner, "  Add   pay rent ", now());
		var turn = new Turn("Add pay rent", List.of(new ToolUse("call-1", "add_task", Map.of("title", "Pay rent"),
				"Added 'Pay rent'", Map.of("task", Map.of("title", "Pay rent")), false)), "Done", now());
		var saved = conversations.add(started, turn).block();

		assertThat(conversations.find(owner, saved.id()).block()).isEqualTo(saved);
		assertThat(conversations.find("someone-else", saved.id()).blockOptional()).isEmpty();
		assertThat(conversations.list(owner).collectList().block())
			.containsExactly(new Conversation.Summary(saved.id(), "Add pay rent", saved.updatedAt()));
		assertThat(conversations.list("someone-else").collectList().block()).isEmpty();

		var later = conversations.add(saved, new Turn("Hi", List.of(), "Hello", now().plusSeconds(1))).block();
		assertThat(conversations.find(owner, saved.id()).block().turns()).hasSize(2);
		assertThat(conversations.list(owner).collectList().block()).extracting(Conversation.Summary::updatedAt)
			.containsExactly(later.updatedAt());

		assertThat(conversations.delete("someone-else", saved.id()).block()).isFalse();
		assertThat(conversations.delete(owner, saved.id()).block()).isTrue();
		assertThat(conversations.find(owner, saved.id()).blockOptional()).isEmpty();
		assertThat(conversations.list(owner).collectList().block()).isEmpty();
		assertThat(conversations.delete(owner, saved.id()).block()).isFalse();
	}

	@Test
	void conversationsSavedAtOnceAllReachTheOwnersIndex() {
		var owner = "user-" + UUID.randomUUID();
		var all = IntStream.range(0, 8).mapToObj(i -> Conversation.start(owner, "Conversation " + i, now())).toList();
		Flux.fromIterable(all)
			.index()
			.flatMap(each -> conversations.add(each.getT2(),
					new Turn(each.getT2().title(), List.of(), "Hello", now().plusMillis(each.getT1()))))
			.blockLast(Duration.ofSeconds(60));
		assertThat(conversations.list(owner).collectList().block()).extracting(Conversation.Summary::id)
			.containsExactlyElementsOf(all.reversed().stream().map(Conversation::id).toList());
	}

	@Test
	void turnsOfOneConversationAddedAtOnceAreAllKept() {
		var owner = "user-" + UUID.randomUUID();
		var read = conversations
			.add(Conversation.start(owner, "First", now()), new Turn("First", List.of(), "Hi", now()))
			.block();
		// Eight chats in one conversation at once, each from the same version it read.
		Flux.range(1, 8)
			.flatMap(i -> conversations.add(read, new Turn("Turn " + i, List.of(), "Ok", now().plusMillis(i))))
			.blockLast(Duration.ofSeconds(60));
		assertThat(conversations.find(owner, read.id()).block().turns()).extracting(Turn::message)
			.hasSize(9)
			.contains("First", "Turn 1", "Turn 8");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTasksAppIdKeepsTheChatsConversationsInTheStateStore() throws IOException {
		try (var model = new ScriptedModel();
				var app = ModuleProcess.start("tasks", ModuleProcess.WITH_TOKEN, "todo.assistant.chat.model=scripted",
						"spring.ai.openai.base-url=" + model.baseUrl(), "spring.ai.openai.api-key=test-key",
						"todo.assistant.conversations.dapr-endpoint=" + sidecar,
						"todo.assistant.conversations.dapr-api-token=" + TOKEN)) {
			var api = Api.of(app);
			var user = api.newUser();
			var answer = api.web()
				.post()
				.uri("/api/v1/chat")
				.headers(user)
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("message", "Add Book the train"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Api.JSON)
				.returnResult()
				.getResponseBody();
			assertThat(api.titles(user, "")).containsExactly("Book the train");
			var id = UUID.fromString((String) answer.get("conversationId"));
			// Read back through the sidecar, not through the app.
			var stored = conversations.find(user.name(), id).block();
			assertThat(stored.turns()).hasSize(1);
			assertThat(stored.turns().getFirst().tools()).extracting(ToolUse::name).containsExactly("add_task");
			api.web()
				.get()
				.uri("/api/v1/chat/conversations")
				.headers(user)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[0].id")
				.isEqualTo(id.toString());
		}
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
