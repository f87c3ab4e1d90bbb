package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

@ApiTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	IdempotentDelivery delivery;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	DatabaseClient database;

	@Autowired
	JsonMapper json;

	@Autowired
	RecordedEvents recorded;

	@Autowired
	@Qualifier("tasksSchema")
	ModuleSchema schema;

	@Test
	void anEventCannotBeAppendedOutsideATransaction() {
		StepVerifier.create(outbox.append(schema, event()))
			.expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("inside the transaction"))
			.verify();
	}

	@Test
	void aRolledBackChangeLeavesNoEvent() {
		var event = event();
		var change = outbox.append(schema, event).then(Mono.error(new IllegalStateException("the change failed")));

		StepVerifier.create(transaction.transactional(change)).expectError(IllegalStateException.class).verify();

		assertThat(database.sql("select count(*) from tasks.outbox where event_id = :id")
			.bind("id", event.id())
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isZero();
	}

	@Test
	void theSameEventDeliveredTwiceHasTheEffectOfOnce() {
		var effects = new AtomicInteger();
		var subscription = countingSubscription(effects);
		var event = event();

		delivery.deliver(subscription, event).block();
		delivery.deliver(subscription, event).block();

		assertThat(effects).hasValue(1);
	}

	@Test
	void concurrentDeliveriesOfOneEventHaveTheEffectOfOnce() {
		var effects = new AtomicInteger();
		var subscription = countingSubscription(effects);
		var event = event();

		Flux.range(0, 8)
			.flatMap(i -> delivery.deliver(subscription, event).subscribeOn(Schedulers.parallel()))
			.blockLast();

		assertThat(effects).hasValue(1);
	}

	@Test
	void aHandlerThatFailsLeavesNoRecordSoTheEventCanBeDeliveredAgain() {
		var effects = new AtomicInteger();
		var event = event();
		var failing = new Subscription(Set.of("test.event"), "test.failing", schema,
				e -> Mono.error(new IllegalStateException("not yet")));

		StepVerifier.create(delivery.deliver(failing, event)).expectError().verify();
		delivery.deliver(new Subscription(Set.of("test.event"), "test.failing", schema, e -> {
			effects.incrementAndGet();
			return Mono.empty();
		}), event).block();

		assertThat(effects).hasValue(1);
	}

	private Subscription countingSubscription(AtomicInteger effects) {
		return new Subscription(Set.of("test.event"), "test.counter", schema,
				e -> Mono.fromRunnable(effects::incrementAndGet));
	}

	@Test
	void aBatchOfManyUsersIsDeliveredWholeAndInOrderPerUser() {
		var subject = "many-users-" + UUID.randomUUID();
		var events = IntStream.range(0, 90)
			.mapToObj(i -> CloudEvent.of("/todo-platform/tests", "task.updated", subject, Instant.now(),
					"user-" + (i % 30), null, json.createObjectNode().put("n", i)))
			.toList();

		transaction.transactional(Flux.fromIterable(events).concatMap(event -> outbox.append(schema, event)).then())
			.block();

		var received = recorded.awaitAbout(subject, list -> list.size() == 90);
		for (int user = 0; user < 30; user++) {
			var key = "user-" + user;
			assertThat(received).filteredOn(event -> event.partitionkey().equals(key))
				.extracting(event -> event.data().get("n").asInt())
				.containsExactly(user, user + 30, user + 60);
		}
	}

	private CloudEvent event() {
		return CloudEvent.of("/todo-platform/tests", "test.event", "subject", Instant.now(), "someone", null,
				json.createObjectNode().put("n", 1));
	}

}
