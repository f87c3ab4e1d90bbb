package io.todoplatform.notifications.adapter.out.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.RuleForm;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Real timers, waiting in steps of 100 ms instead of a day, so that a test sees several steps go by.
 */
class InProcessTimersUnitTests {

	static final Duration STEP = Duration.ofMillis(100);

	final Clock clock = Clock.systemUTC();
	final InProcessTimers timers = new InProcessTimers(clock, Duration.ofSeconds(1), 3, STEP);
	final Map<ReminderId, Instant> deliveredAt = new ConcurrentHashMap<>();

	@AfterEach
	void stop() {
		timers.destroy();
	}

	@Test
	void aReminderAtTheEndOfTheYear9999IsArmedAndWaitsWhileANearerOneFiresOnTimeAfterSeveralSteps() {
		timers.deliverWith((id, fireAt) -> {
			deliveredAt.put(id, clock.instant());
			return Mono.just(DeliveryOutcome.DONE);
		});
		var far = reminder(Instant.parse("9999-12-31T23:59:59Z"));
		var near = reminder(clock.instant().plus(STEP.multipliedBy(4)));

		timers.schedule(far).block();
		timers.schedule(near).block();

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt.containsKey(near.id()));
		assertThat(deliveredAt.get(near.id())).isAfterOrEqualTo(near.fireAt());
		assertThat(deliveredAt).doesNotContainKey(far.id());
	}

	@Test
	void aCancelledFarReminderIsNotDeliveredWhenItsStepEnds() {
		timers.deliverWith((id, fireAt) -> {
			deliveredAt.put(id, clock.instant());
			return Mono.just(DeliveryOutcome.DONE);
		});
		var far = reminder(clock.instant().plus(STEP.multipliedBy(3)));
		var witness = reminder(clock.instant().plus(STEP.multipliedBy(6)));
		timers.schedule(far).block();
		timers.schedule(witness).block();

		timers.cancel(far).block();

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveredAt.containsKey(witness.id()));
		assertThat(deliveredAt).doesNotContainKey(far.id());
	}

	private Reminder reminder(Instant fireAt) {
		return Reminder.scheduled("alice", UUID.randomUUID(), RuleForm.of(Map.of("at", fireAt.toString())), fireAt,
				clock.instant());
	}
}
