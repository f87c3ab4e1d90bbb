package io.todoplatform.assistant.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.Receipts;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of idempotency keys against receipts kept in memory; the SQL is tested by
 * {@code IdempotencyIntegrationTests}.
 */
class IdempotentCallsUnitTests {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final Credentials ALICE = new Credentials("alice", "token");

	static final Tool ADD = new Tool("add_thing", "Add", "Adds", Hints.ADDS,
			Schema.object().required("title", Schema.string("A title")).closed(), Schema.object().open());

	static final Tool READ = new Tool("read_thing", "Read", "Reads", Hints.READS, Schema.object().closed(),
			Schema.object().open());

	final InMemoryReceipts receipts = new InMemoryReceipts();

	final IdempotentCalls calls = new IdempotentCalls(receipts,
			new IdempotencySettings(Duration.ofHours(24), Duration.ZERO, Duration.ofMinutes(2)),
			Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

	final AtomicInteger runs = new AtomicInteger();

	Mono<ToolResult> run(Map<String, Object> arguments) {
		runs.incrementAndGet();
		return Mono.just(ToolResult.success("Added " + arguments, Map.of("arguments", arguments)));
	}

	@Test
	void onlyToolsThatChangeSomethingOfferAKey() {
		assertThat(calls.offered(ADD).input()).extractingByKey("properties")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKeys("title", "idempotencyKey");
		assertThat(calls.offered(ADD).input()).containsEntry("required", List.of("title"))
			.containsEntry("additionalProperties", false);
		assertThat(calls.offered(READ)).isSameAs(READ);
	}

	@Test
	void theToolNeverSeesTheKeyAndARepeatDoesNotRunIt() {
		var first = calls.call(ALICE, ADD, Map.of("title", "x", "idempotencyKey", "k1"), this::run).block(WAIT);
		var again = calls.call(ALICE, ADD, Map.of("idempotencyKey", "k1", "title", "x"), this::run).block(WAIT);
		assertThat(first.structured()).isEqualTo(Map.of("arguments", Map.of("title", "x")));
		assertThat(again).isEqualTo(first);
		assertThat(runs).hasValue(1);
	}

	@Test
	void aKeyThatIsNoKeyIsRefusedBeforeAnythingRuns() {
		for (var bad : List.<Object>of("", " spaced ", "é", 7, "k".repeat(201))) {
			var arguments = new LinkedHashMap<String, Object>(Map.of("title", "x"));
			arguments.put("idempotencyKey", bad);
			assertThatThrownBy(() -> calls.call(ALICE, ADD, arguments, this::run).block(WAIT))
				.isInstanceOf(InvalidArgumentsException.class)
				.hasMessageContaining("idempotencyKey must be");
		}
		assertThat(runs).hasValue(0);
	}

	@Test
	void aRepeatWhileTheFirstRunsAnswersInProgressOnceItsPatienceIsOver() {
		receipts
			.hold(new Receipts.Key("alice", "k2"),
					new Receipts.Call("add_thing", IdempotentCalls.digest(Map.of("title", "x"))), Instant.EPOCH,
					Instant.MAX)
			.block(WAIT);
		var repeat = calls.call(ALICE, ADD, Map.of("title", "x", "idempotencyKey", "k2"), this::run).block(WAIT);
		assertThat(repeat.error()).isTrue();
		assertThat(repeat.text()).contains("still in progress; retry");
		assertThat(repeat.structured()).containsEntry("status", 409);
		assertThat(runs).hasValue(0);
	}

	@Test
	void aCallThatFailsWithoutAResultFreesItsKey() {
		assertThatThrownBy(() -> calls
			.call(ALICE, ADD, Map.of("title", "x", "idempotencyKey", "k3"),
					arguments -> Mono.error(new IllegalStateException("unreachable")))
			.block(WAIT)).hasMessageContaining("unreachable");
		assertThat(receipts.stored).isEmpty();
		assertThat(calls.call(ALICE, ADD, Map.of("title", "x", "idempotencyKey", "k3"), this::run).block(WAIT).error())
			.isFalse();
	}

	@Test
	void retentionIsNamedAsPeopleSayIt() {
		assertThat(IdempotentCalls.span(Duration.ofHours(24))).isEqualTo("24 h");
		assertThat(IdempotentCalls.span(Duration.ofMinutes(90))).isEqualTo("90 min");
		assertThat(IdempotentCalls.span(Duration.ofSeconds(5))).isEqualTo("5 s");
	}

	/** Receipts in a map; expiry is left to the SQL tests. */
	static final class InMemoryReceipts implements Receipts {

		final Map<Key, Receipt> stored = new ConcurrentHashMap<>();

		@Override
		public Mono<Receipt> hold(Key key, Call call, Instant now, Instant until) {
			var held = stored.putIfAbsent(key, new Receipt(call, null, now));
			return Mono.justOrEmpty(held);
		}

		@Override
		public Mono<Receipt> find(Key key, Instant now) {
			return Mono.justOrEmpty(stored.get(key));
		}

		@Override
		public Mono<Void> complete(Key key, Instant heldAt, Result result, Instant until) {
			return Mono.fromRunnable(() -> stored.computeIfPresent(key,
					(any, held) -> held.heldAt().equals(heldAt) ? new Receipt(held.call(), result, heldAt) : held));
		}

		@Override
		public Mono<Void> release(Key key, Instant heldAt) {
			return Mono.fromRunnable(() -> stored.computeIfPresent(key,
					(any, held) -> held.heldAt().equals(heldAt) && held.result() == null ? null : held));
		}

	}

}
