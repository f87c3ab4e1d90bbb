package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.CLOCK;
import static io.todoplatform.notifications.application.ReminderFixture.NOW;
import static io.todoplatform.notifications.application.ReminderFixture.reminder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Keeping the scheduler in line with the reminders: each reminder armed or disarmed as it
 * stands, and at start-up whatever the scheduler may have lost.
 */
class ArmingRemindersUnitTests {

	final InMemoryReminders reminders = new InMemoryReminders();

	@Test
	void aWaitingReminderIsArmedAtItsFireTime() {
		var scheduler = new RecordedScheduler(false);
		var waiting = reminders.given(reminder(NOW.plus(Duration.ofHours(1))));

		arming(scheduler).arm(waiting.id()).block();

		assertThat(scheduler.armed()).isEqualTo(Map.of(waiting.id(), waiting.fireAt()));
	}

	@Test
	void aReminderThatNoLongerWaitsIsDisarmed() {
		var scheduler = new RecordedScheduler(false);
		var waiting = reminders.given(reminder(NOW));
		var arming = arming(scheduler);
		arming.arm(waiting.id()).block();

		reminders.given(waiting.cancelled(NOW));
		arming.arm(waiting.id()).block();

		assertThat(scheduler.armed()).isEmpty();
	}

	@Test
	void aReminderThatIsGoneArmsNothing() {
		var scheduler = new RecordedScheduler(false);

		arming(scheduler).arm(ReminderId.of(ReminderFixture.TASK, ReminderFixture.QUARTER_BEFORE)).block();

		assertThat(scheduler.armed()).isEmpty();
	}

	@Test
	void aSchedulerThatForgetsOnRestartGetsEveryWaitingReminderAtStartUp() {
		var scheduler = new RecordedScheduler(true);
		var overdue = reminders.given(reminder(NOW.minus(Duration.ofMinutes(5))));
		var upcoming = reminders.given(other(NOW.plus(Duration.ofDays(1))));
		reminders.given(other(NOW.minus(Duration.ofDays(1))).sent(NOW));

		assertThat(arming(scheduler).armAtStartup().block()).isEqualTo(2);

		assertThat(scheduler.armed()).containsOnlyKeys(overdue.id(), upcoming.id());
	}

	@Test
	void aSchedulerThatRemembersGetsOnlyTheOverdueRemindersAtStartUp() {
		var scheduler = new RecordedScheduler(false);
		var overdue = reminders.given(reminder(NOW.minus(Duration.ofMinutes(5))));
		reminders.given(other(NOW.plus(Duration.ofDays(1))));

		assertThat(arming(scheduler).armAtStartup().block()).isEqualTo(1);

		assertThat(scheduler.armed()).containsOnlyKeys(overdue.id());
	}

	private ArmingReminders arming(RecordedScheduler scheduler) {
		return new ArmingReminders(reminders, scheduler, CLOCK);
	}

	/** A reminder of another task. */
	private static Reminder other(Instant fireAt) {
		return Reminder.scheduled(ReminderFixture.ALICE, UUID.randomUUID(), ReminderFixture.QUARTER_BEFORE, fireAt,
				NOW);
	}

}
