package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.ALICE;
import static io.todoplatform.notifications.application.ReminderFixture.BOB;
import static io.todoplatform.notifications.application.ReminderFixture.CLOCK;
import static io.todoplatform.notifications.application.ReminderFixture.NOW;
import static io.todoplatform.notifications.application.ReminderFixture.TASK;
import static io.todoplatform.notifications.application.ReminderFixture.reminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.InvalidLinkException;
import io.todoplatform.notifications.application.port.in.ReminderConflictException;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.domain.InvalidSnoozeException;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderNotSnoozableException;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.notifications.domain.RuleForm;
import org.junit.jupiter.api.Test;

/**
 * What users do with their reminders: list them, and snooze them signed in or from the
 * link in a notice.
 */
class ManagingRemindersUnitTests {

	static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	final InMemoryReminders reminders = new InMemoryReminders();

	final RecordedReminderEvents events = new RecordedReminderEvents();

	final ManagingReminders manage = new ManagingReminders(reminders, events, new ReadableLinks(), CLOCK);

	final Reminder due = reminders.given(reminder(NOW));

	@Test
	void snoozingMovesTheReminderAndAnnouncesItScheduledAgain() {
		var snoozed = manage.snooze(ALICE, due.id(), TEN_MINUTES).block();

		assertThat(snoozed.fireAt()).isEqualTo(NOW.plus(TEN_MINUTES));
		assertThat(snoozed.ruleFireAt()).isEqualTo(due.ruleFireAt());
		assertThat(reminders.stored(due.id())).contains(snoozed);
		assertThat(events.published()).singleElement().satisfies(alert -> {
			assertThat(alert.type()).isEqualTo("alert.scheduled");
			assertThat(alert.reminder()).isEqualTo(snoozed);
		});
	}

	@Test
	void anotherUsersReminderIsNotFound() {
		assertThatExceptionOfType(ReminderNotFoundException.class)
			.isThrownBy(() -> manage.snooze(BOB, due.id(), TEN_MINUTES).block());
		assertThat(manage.list(BOB, null).collectList().block()).isEmpty();
		assertThat(reminders.stored(due.id())).contains(due);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSnoozeLinkWorksOnceForTheFiringItNames() {
		var signature = ReadableLinks.signature(due.id(), NOW);

		assertThat(manage.isSnoozeLink(due.id(), NOW, signature)).isTrue();
		manage.snoozeFiring(due.id(), NOW, signature, TEN_MINUTES).block();

		assertThatExceptionOfType(ReminderNotFoundException.class)
			.isThrownBy(() -> manage.snoozeFiring(due.id(), NOW, signature, TEN_MINUTES).block())
			.withMessage("This link has been used or the reminder has moved since it was sent");
		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void aForgedSnoozeLinkIsRefused() {
		assertThat(manage.isSnoozeLink(due.id(), NOW, "forged")).isFalse();
		assertThatExceptionOfType(InvalidLinkException.class)
			.isThrownBy(() -> manage.snoozeFiring(due.id(), NOW, "forged", TEN_MINUTES).block());
		assertThat(reminders.stored(due.id())).contains(due);
	}

	@Test
	void aCancelledReminderCannotBeSnoozed() {
		reminders.given(due.cancelled(NOW));

		assertThatExceptionOfType(ReminderNotSnoozableException.class)
			.isThrownBy(() -> manage.snooze(ALICE, due.id(), TEN_MINUTES).block());
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSnoozeOverADeliveryRecordedMeanwhileSnoozesTheSentReminder() {
		reminders.interleave(theirs -> theirs.sent(NOW));

		var snoozed = manage.snooze(ALICE, due.id(), TEN_MINUTES).block();

		assertThat(snoozed.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(snoozed.fireAt()).isEqualTo(NOW.plus(TEN_MINUTES));
		assertThat(reminders.stored(due.id())).contains(snoozed);
		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void aSnoozeOverACancellationCommittedMeanwhileIsRefused() {
		reminders.interleave(theirs -> theirs.cancelled(NOW));

		assertThatExceptionOfType(ReminderNotSnoozableException.class)
			.isThrownBy(() -> manage.snooze(ALICE, due.id(), TEN_MINUTES).block());
		assertThat(reminders.stored(due.id()).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSnoozeThatKeepsLosingTheRaceEndsAsAConflict() {
		reminders.loseRaces(Integer.MAX_VALUE);

		assertThatExceptionOfType(ReminderConflictException.class)
			.isThrownBy(() -> manage.snooze(ALICE, due.id(), TEN_MINUTES).block());
		assertThat(reminders.stored(due.id()).orElseThrow().fireAt()).isEqualTo(NOW);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSnoozeShorterThanAMinuteOrLongerThanAWeekIsRefused() {
		assertThatExceptionOfType(InvalidSnoozeException.class)
			.isThrownBy(() -> manage.snooze(ALICE, due.id(), Duration.ofSeconds(30)).block());
		assertThatExceptionOfType(InvalidSnoozeException.class)
			.isThrownBy(() -> manage.snooze(ALICE, due.id(), Duration.ofDays(8)).block());
		assertThat(reminders.stored(due.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aUsersRemindersAreListedByFireTimeForOneTaskOrAll() {
		var earlier = reminders.given(Reminder.scheduled(ALICE, TASK, new RuleForm.Before(Duration.ofHours(1)),
				NOW.minus(Duration.ofMinutes(45)), NOW));
		var otherTask = reminders.given(Reminder.scheduled(ALICE, UUID.randomUUID(), ReminderFixture.QUARTER_BEFORE,
				NOW.plus(Duration.ofDays(1)), NOW));

		assertThat(manage.list(ALICE, null).collectList().block()).containsExactly(earlier, due, otherTask);
		assertThat(manage.list(ALICE, TASK).collectList().block()).containsExactly(earlier, due);
	}

}
