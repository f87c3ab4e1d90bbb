package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Inboxes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user's event that a consumer cannot handle holds back that user's later events
 * only, and for a bounded time: everyone else's events flow, and the poison is set aside
 * for an operator to replay.
 */
@ApiTest
@Import(Picky.class)
@TestPropertySource(
		properties = { "todo.events.retry.first=50ms", "todo.events.retry.max=500ms", "todo.events.retry.budget=3s" })
class PoisonEventsIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	Picky picky;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	DatabaseClient database;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	@Autowired
	WebTestClient web;

	@Autowired
	@Qualifier("tasksSchema")
	ModuleSchema schema;

	@Test
	void aConsumerFailingForOneUserHoldsBackOnlyThatUserAndOnlyForTheRetryBudget() {
		var unlucky = user();
		var others = IntStream.range(0, 5).mapToObj(i -> user()).toList();
		var events = new ArrayList<CloudEvent>();
		for (int n = 0; n < 20; n++) {
			events.add(picky(unlucky, n));
			for (var other : others) {
				events.add(picky(other, n));
			}
		}
		var poison = events.get(0);
		picky.failing.add(poison.id());

		append(events);

		var everyNumber = IntStream.range(0, 20).boxed().toList();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> others.stream().allMatch(other -> picky.numbersOf(other).equals(everyNumber)));
		// Held back for the budget, then set aside: the user's later events flow again,
		// in order.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> picky.numbersOf(unlucky).equals(everyNumber.subList(1, 20)));
		var order = picky.handled.stream().map(CloudEvent::partitionkey).toList();
		assertThat(order.indexOf(unlucky))
			.isGreaterThan(others.stream().mapToInt(order::lastIndexOf).max().orElseThrow());
		assertThat(Inboxes.setAsideBecause(database, "tasks", poison.id())).startsWith("exhausted")
			.contains("test fails");
		assertThat(deadLettered("exhausted")).isEqualTo(1);
		assertThat(handled("set-aside")).isPositive();
		assertThat(handled("retried")).isPositive();
	}

	@Test
	void aSetAsideEventIsHandledWhenAnOperatorReplaysIt() {
		var user = user();
		var poison = picky(user, 0);
		picky.rejected.add(poison.id());
		append(List.of(poison));
		Inboxes.awaitSettled(database, "tasks", poison.id());
		picky.rejected.remove(poison.id());

		var replayed = database.sql("select tasks.replay_set_aside(:id)")
			.bind("id", poison.id())
			.map(row -> row.get(0, Integer.class))
			.one()
			.block();

		assertThat(replayed).isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> picky.numbersOf(user).equals(List.of(0)));
		assertThat(Inboxes.setAsideBecause(database, "tasks", poison.id())).isNull();
	}

	@Test
	void anEventItsConsumerCanNeverProcessIsSetAsideAtOnceAndTheUsersLaterEventsFlow() {
		var user = user();
		var events = IntStream.range(0, 5).mapToObj(n -> picky(user, n)).toList();
		picky.rejected.add(events.get(0).id());

		append(events);

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> picky.numbersOf(user).equals(List.of(1, 2, 3, 4)));
		assertThat(Inboxes.setAsideBecause(database, "tasks", events.get(0).id())).startsWith("unprocessable");
		assertThat(database.sql("select attempts from tasks.set_aside_events where event_id = :id")
			.bind("id", events.get(0).id())
			.map(row -> row.get(0, Integer.class))
			.one()
			.block()).isEqualTo(1);
	}

	@Test
	void oneUsersBacklogDoesNotCrowdOutAnotherUsersEvent() {
		var busy = user();
		var other = user();
		var events = new ArrayList<CloudEvent>(IntStream.range(0, 150).mapToObj(n -> picky(busy, n)).toList());
		events.add(picky(other, 0));

		append(events);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> picky.numbersOf(busy).size() == 150);
		var order = picky.handled.stream()
			.map(CloudEvent::partitionkey)
			.filter(List.of(busy, other)::contains)
			.toList();
		// The other user's one event was committed last, behind 150: it goes out in the
		// first round all the same.
		assertThat(order.indexOf(other)).isLessThan(50);
	}

	@Test
	void aTaskEventWhoseDataTheDatabaseRefusesHoldsBackNoOtherUsersReminders() {
		var poison = Poison.taskWithAnUnstorableReminder(json);
		append(List.of(poison));

		var api = new Api(web);
		var someoneElse = api.newUser();
		var taskId = api.createId(someoneElse, Map.of("title", "Unaffected", "reminders",
				List.of(Map.of("at", Instant.now().plus(Duration.ofDays(1)).toString()))));

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.reminders(someoneElse, taskId).size() == 1);
		Inboxes.awaitSettled(database, "notifications", poison.id());
		assertThat(Inboxes.setAsideBecause(database, "notifications", poison.id())).startsWith("unprocessable");
	}

	private double deadLettered(String cause) {
		var counter = meters.find("todo.events.dead-lettered")
			.tags("consumer", Picky.CONSUMER, "cause", cause)
			.counter();
		return counter == null ? 0 : counter.count();
	}

	private double handled(String outcome) {
		var counter = meters.find("todo.events.handled").tags("consumer", Picky.CONSUMER, "outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	private void append(List<CloudEvent> events) {
		transaction.transactional(Flux.fromIterable(events).concatMap(event -> outbox.append(schema, event)).then())
			.block();
	}

	private CloudEvent picky(String user, int n) {
		return CloudEvent.of("/todo-platform/tests", Picky.TYPE, "picky", Instant.now(), user, null,
				json.createObjectNode().put("n", n));
	}

	private static String user() {
		return "user-" + UUID.randomUUID();
	}

}
