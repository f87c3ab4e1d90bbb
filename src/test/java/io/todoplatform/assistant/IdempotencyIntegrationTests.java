package io.todoplatform.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.todoplatform.assistant.application.port.out.Receipts;
import io.todoplatform.assistant.application.port.out.Receipts.Call;
import io.todoplatform.assistant.application.port.out.Receipts.Key;
import io.todoplatform.assistant.application.port.out.Receipts.Result;
import io.todoplatform.support.AllAtOnce;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.McpClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.todoplatform.support.McpClients.call;
import static io.todoplatform.support.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency keys as a chatbot uses them (ADR 0039): a repeat of a call with the same
 * key gets the first result and changes nothing; the key is the user's own.
 */
@ApiTest
class IdempotencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	@Autowired
	Receipts receipts;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(web);
	}

	McpSyncClient client(Api.User user) {
		return McpClients.of("http://127.0.0.1:" + port, user.token());
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	@Test
	void aRepeatWithTheSameKeyAnswersTheFirstResultAndAddsNothing() {
		var user = api.newUser();
		var key = newKey();
		try (var client = client(user)) {
			var first = call(client, "add_task", Map.of("title", "Pay rent", "idempotencyKey", key));
			var again = call(client, "add_task", Map.of("title", "Pay rent", "idempotencyKey", key));
			assertThat(first.isError()).as(text(first)).isFalse();
			assertThat(again.structuredContent()).isEqualTo(first.structuredContent());
			assertThat(text(again)).isEqualTo(text(first));
			assertThat(api.titles(user, "")).containsExactly("Pay rent");

			call(client, "add_task", Map.of("title", "Pay rent"));
			assertThat(api.titles(user, "")).as("without a key, every call acts").hasSize(2);
		}
	}

	@Test
	void theSameKeyForAnotherCallIsAnErrorResult() {
		var user = api.newUser();
		var key = newKey();
		try (var client = client(user)) {
			call(client, "add_task", Map.of("title", "Pay rent", "idempotencyKey", key));
			var other = call(client, "add_task", Map.of("title", "Pay the gas bill", "idempotencyKey", key));
			assertThat(other.isError()).isTrue();
			assertThat(text(other)).contains("idempotencyKey '" + key + "' was used for another call").contains("24 h");
			assertThat(other.structuredContent())
				.isEqualTo(Map.of("title", "Conflict", "status", 409, "detail", text(other)));
		}
		assertThat(api.titles(user, "")).containsExactly("Pay rent");
	}

	@Test
	void keysAreEachUsersOwn() {
		var key = newKey();
		var alice = api.newUser();
		var bob = api.newUser();
		try (var asAlice = client(alice); var asBob = client(bob)) {
			assertThat(call(asAlice, "add_task", Map.of("title", "Gym", "idempotencyKey", key)).isError()).isFalse();
			assertThat(call(asBob, "add_task", Map.of("title", "Gym", "idempotencyKey", key)).isError()).isFalse();
		}
		assertThat(api.titles(alice, "")).containsExactly("Gym");
		assertThat(api.titles(bob, "")).containsExactly("Gym");
	}

	@Test
	void concurrentRepeatsAddOneTask() {
		var user = api.newUser();
		var key = newKey();
		var clients = new ConcurrentLinkedQueue<McpSyncClient>();
		try {
			for (var i = 0; i < 8; i++) {
				clients.add(client(user));
			}
			var free = new ConcurrentLinkedQueue<>(clients);
			var results = AllAtOnce.run(8,
					() -> call(free.remove(), "add_task", Map.of("title", "Dentist", "idempotencyKey", key)));

			assertThat(api.count(user)).isEqualTo(1);
			var successes = results.stream().filter(result -> !result.isError()).toList();
			assertThat(successes).isNotEmpty()
				.allSatisfy(result -> assertThat(result.structuredContent())
					.isEqualTo(successes.getFirst().structuredContent()));
			// A repeat gives up waiting only if the first call takes longer than its
			// patience (10 s).
			assertThat(results).filteredOn(CallToolResult::isError)
				.allSatisfy(result -> assertThat(text(result)).contains("still in progress"));
		}
		finally {
			clients.forEach(McpSyncClient::close);
		}
	}

	@Test
	void aCallThatFailsWithoutAResultFreesItsKeyAndARefusalIsKept() {
		var user = api.newUser();
		var key = newKey();
		try (var client = client(user)) {
			var unknownArgument = call(client, "add_task",
					Map.of("title", "x", "colour", "red", "idempotencyKey", key));
			assertThat(text(unknownArgument)).contains("colour");
			var corrected = call(client, "add_task", Map.of("title", "x", "idempotencyKey", key));
			assertThat(corrected.isError()).as(text(corrected)).isFalse();

			var refusalKey = newKey();
			var refused = call(client, "add_task", Map.of("title", " ", "idempotencyKey", refusalKey));
			assertThat(refused.isError()).isTrue();
			assertThat(call(client, "add_task", Map.of("title", " ", "idempotencyKey", refusalKey)).structuredContent())
				.isEqualTo(refused.structuredContent());
		}
		assertThat(api.titles(user, "")).containsExactly("x");
	}

	@Test
	void onlyToolsThatChangeSomethingTakeAKeyAndABadKeyIsRefused() {
		var user = api.newUser();
		try (var client = client(user)) {
			var tools = client.listTools().tools();
			assertThat(tools).filteredOn(tool -> tool.annotations().readOnlyHint())
				.isNotEmpty()
				.allSatisfy(tool -> assertThat(properties(tool)).as(tool.name()).doesNotContainKey("idempotencyKey"));
			assertThat(tools).filteredOn(tool -> !tool.annotations().readOnlyHint())
				.isNotEmpty()
				.allSatisfy(tool -> assertThat(properties(tool)).as(tool.name()).containsKey("idempotencyKey"));

			var onARead = call(client, "list_tasks", Map.of("idempotencyKey", newKey()));
			assertThat(onARead.isError()).isTrue();
			assertThat(text(onARead)).contains("idempotencyKey");
			for (var bad : List.<Object>of("", "x".repeat(201), "with space", 42)) {
				var refused = call(client, "add_task", Map.of("title", "Never", "idempotencyKey", bad));
				// The MCP server holds arguments to the schema before the tool sees them.
				assertThat(refused.isError()).as(String.valueOf(bad)).isTrue();
				assertThat(text(refused)).as(String.valueOf(bad)).contains("idempotencyKey");
			}
		}
		assertThat(api.count(user)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Tool tool) {
		return (Map<String, Object>) tool.inputSchema().get("properties");
	}

	@Test
	void anExpiredReceiptIsGoneAndItsKeyFreeAgain() {
		var key = new Key("user-" + UUID.randomUUID(), newKey());
		var call = new Call("add_task", "digest");
		var heldAt = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(receipts.hold(key, call, heldAt, heldAt.plus(Duration.ofMinutes(2))).block()).isNull();
		receipts.complete(key, heldAt, new Result("Added", Map.of("n", 1), false), heldAt.plus(Duration.ofHours(24)))
			.block();

		var held = receipts.hold(key, new Call("add_task", "other"), heldAt.plus(Duration.ofHours(23)),
				heldAt.plus(Duration.ofHours(24)));
		assertThat(held.block().result()).isEqualTo(new Result("Added", Map.of("n", 1), false));

		var dayLater = heldAt.plus(Duration.ofHours(24));
		assertThat(receipts.find(key, dayLater).block()).as("expired").isNull();
		assertThat(receipts.hold(key, call, dayLater, dayLater.plus(Duration.ofMinutes(2))).block()).as("held again")
			.isNull();
	}

	@Test
	void aKeyHeldByACallThatNeverFinishedIsFreeAfterThePendingTimeout() {
		var key = new Key("user-" + UUID.randomUUID(), newKey());
		var call = new Call("add_task", "digest");
		var heldAt = Instant.parse("2026-01-01T00:00:00Z");
		receipts.hold(key, call, heldAt, heldAt.plus(Duration.ofMinutes(2))).block();

		var pending = receipts.hold(key, call, heldAt.plusSeconds(60), heldAt.plusSeconds(180)).block();
		assertThat(pending.result()).as("still running").isNull();
		assertThat(receipts.hold(key, call, heldAt.plusSeconds(120), heldAt.plusSeconds(240)).block()).isNull();
		receipts.release(key, heldAt).block();
		assertThat(receipts.find(key, heldAt.plusSeconds(130)).block()).as("the late first call frees no one else's")
			.isNotNull();
	}

}
