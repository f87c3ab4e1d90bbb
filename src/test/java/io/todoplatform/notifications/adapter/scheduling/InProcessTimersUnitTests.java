package io.todoplatform.notifications.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.RuleForm;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Real timers, waiting in steps of 100 ms instead of a day, so that a test sees several
 * steps go by.
 */
class InProcessTimersUnitTests {

	static final Duration STEP = Duration.ofMillis(100);

	final Clock clock = Clock.systemUTC();

	final Map<ReminderId, Instant> deliveredAt = new ConcurrentHashMap<>();

	final InProcessTimers timers = new InProcessTimers((id, fireAt) -> {
		deliveredAt.put(id, clock.instant());
		return Mono.just(DeliveryOutcome.DONE);
	}, clock, Duration.ofSeconds(1), 3, STEP);

	@AfterEach
	void stop() {
		timers.destroy();
	}

	@Test
	void aReminderAtTheEndOfTheYear9999IsArmedAndWaitsWhileANearerOneFiresOnTimeAfterSeveralSteps() {
		var far = reminder(Instant.parse("9999-12-31T23:59:59Z"));
		var near = reminder(clock.instant().plus(STEP.multipliedBy(4)));

		timers.arm(far.id(), far.fireAt());
		timers.arm(near.id(), near.fireAt());

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt.containsKey(near.id()));
		assertThat(deliveredAt.get(near.id())).isAfterOrEqualTo(near.fireAt());
		assertThat(deliveredAt).doesNotContainKey(far.id());
	}

	@Test
	void aCancelledFarReminderIsNotDeliveredWhenItsStepEnds() {
		var far = reminder(clock.instant().plus(STEP.multipliedBy(3)));
		var witness = reminder(clock.instant().plus(STEP.multipliedBy(6)));
		timers.arm(far.id(), far.fireAt());
		timers.arm(witness.id(), witness.fireAt());

		timers.disarm(far.id());

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt.containsKey(witness.id()));
		assertThat(deliveredAt).doesNotContainKey(far.id());
	}

	@Test
	void aTriggerThatMustComeAgainComesAfterTheRetryIntervalUntilTheRetriesAreSpent() {
		List<Instant> triggers = new CopyOnWriteArrayList<>();
		var busy = new InProcessTimers((id, fireAt) -> {
			triggers.add(clock.instant());
			return triggers.size() == 2 ? Mono.error(new IllegalStateException("database away"))
					: Mono.just(DeliveryOutcome.BUSY);
		}, clock, STEP, 2, STEP);
		var reminder = reminder(clock.instant());
		try {
			busy.arm(reminder.id(), reminder.fireAt());

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> triggers.size() == 3);
			Awaitility.await().during(STEP.multipliedBy(5)).until(() -> triggers.size() == 3);
			assertThat(Duration.between(triggers.get(0), triggers.get(1))).isGreaterThanOrEqualTo(STEP);
			assertThat(Duration.between(triggers.get(1), triggers.get(2))).isGreaterThanOrEqualTo(STEP);
		}
		finally {
			busy.destroy();
		}
	}

	private Reminder reminder(Instant fireAt) {
		return Reminder.scheduled("alice", UUID.randomUUID(), RuleForm.of(Map.of("at", fireAt.toString())), fireAt,
				clock.instant());
	}

}
