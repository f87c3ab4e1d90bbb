package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.CLOCK;
import static io.todoplatform.notifications.application.ReminderFixture.DUE;
import static io.todoplatform.notifications.application.ReminderFixture.NOW;
import static io.todoplatform.notifications.application.ReminderFixture.QUARTER_BEFORE;
import static io.todoplatform.notifications.application.ReminderFixture.TASK;
import static io.todoplatform.notifications.application.ReminderFixture.completed;
import static io.todoplatform.notifications.application.ReminderFixture.deleted;
import static io.todoplatform.notifications.application.ReminderFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.todoplatform.notifications.application.port.in.KeepRemindersInStep.WantedReminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.notifications.domain.Retention;
import io.todoplatform.notifications.domain.RuleForm;
import org.junit.jupiter.api.Test;

/**
 * Keeping a task's reminders in step with what its events report: scheduled, moved and
 * cancelled as the task wants them, whatever order the events arrive in and however
 * often.
 */
class KeepingRemindersInStepUnitTests {

	static final Instant LATER_DUE = DUE.plus(Duration.ofDays(1));
	static final ReminderId QUARTER_BEFORE_ID = ReminderId.of(TASK, QUARTER_BEFORE);

	final InMemoryTaskSnapshots snapshots = new InMemoryTaskSnapshots();

	final InMemoryReminders reminders = new InMemoryReminders();

	final RecordedReminderEvents events = new RecordedReminderEvents();

	final KeepingRemindersInStep follow = new KeepingRemindersInStep(snapshots, reminders, events,
			new Retention(Duration.ofDays(30)), CLOCK);

	@Test
	void aReminderOnANewTaskIsScheduledAndAnnounced() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();

		var scheduled = reminders.stored(QUARTER_BEFORE_ID).orElseThrow();
		assertThat(scheduled.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(scheduled.fireAt()).isEqualTo(fireAt(DUE));
		assertThat(snapshots.known(TASK)).contains(task(0, DUE));
		assertThat(events.published()).singleElement().satisfies(alert -> {
			assertThat(alert.type()).isEqualTo("alert.scheduled");
			assertThat(alert.reminder()).isEqualTo(scheduled);
		});
	}

	@Test
	void anEventDeliveredAgainChangesNothing() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();

		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void anEventOlderThanWhatIsKnownChangesNothing() {
		follow.taskChanged(task(2, LATER_DUE), wanted(LATER_DUE)).block();
		follow.taskChanged(task(1, DUE), wanted(DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().fireAt()).isEqualTo(fireAt(LATER_DUE));
		assertThat(snapshots.known(TASK).orElseThrow().version()).isEqualTo(2);
		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void movingTheDueTimeMovesTheReminder() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();

		follow.taskChanged(task(1, LATER_DUE), wanted(LATER_DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().fireAt()).isEqualTo(fireAt(LATER_DUE));
		assertThat(events.published()).extracting(alert -> alert.reminder().fireAt())
			.containsExactly(fireAt(DUE), fireAt(LATER_DUE));
	}

	@Test
	void completingTheTaskCancelsItsWaitingReminders() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();

		follow.taskChanged(completed(1), wanted(DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(events.types()).containsExactly("alert.scheduled", "alert.cancelled");
	}

	@Test
	void aRuleTakenOffTheTaskIsCancelledAndANewOneScheduled() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		var hourBefore = new RuleForm.Before(Duration.ofHours(1));

		follow.taskChanged(task(1, DUE), List.of(new WantedReminder(hourBefore, DUE.minus(Duration.ofHours(1)))))
			.block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(reminders.stored(ReminderId.of(TASK, hourBefore))).isPresent();
		assertThat(events.types()).containsExactly("alert.scheduled", "alert.scheduled", "alert.cancelled");
	}

	@Test
	void aDeletedTaskStaysDeletedWhateverArrivesLater() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		follow.taskChanged(deleted(0), List.of()).block();

		follow.taskChanged(task(5, LATER_DUE), wanted(LATER_DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(events.types()).containsExactly("alert.scheduled", "alert.cancelled");
	}

	@Test
	void aSentReminderIsNotSentAgainForAnUnrelatedChange() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		reminders.save(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().sent(NOW)).block();

		follow.taskChanged(task(1, DUE), wanted(DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.SENT);
		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void movingTheDueTimeOverridesASnoozeCommittedMeanwhile() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		reminders.interleave(theirs -> theirs.snoozed(Duration.ofMinutes(10), NOW));

		follow.taskChanged(task(1, LATER_DUE), wanted(LATER_DUE)).block();

		var moved = reminders.stored(QUARTER_BEFORE_ID).orElseThrow();
		assertThat(moved.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(moved.fireAt()).isEqualTo(fireAt(LATER_DUE));
		assertThat(events.types()).containsExactly("alert.scheduled", "alert.scheduled");
	}

	@Test
	void completingTheTaskCancelsAReminderSnoozedMeanwhile() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		reminders.interleave(theirs -> theirs.snoozed(Duration.ofMinutes(10), NOW));

		follow.taskChanged(completed(1), wanted(DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(events.types()).containsExactly("alert.scheduled", "alert.cancelled");
	}

	@Test
	void aReminderSentWhileItsTaskIsCompletedStaysSent() {
		follow.taskChanged(task(0, DUE), wanted(DUE)).block();
		reminders.interleave(theirs -> theirs.sent(NOW));

		follow.taskChanged(completed(1), wanted(DUE)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID).orElseThrow().status()).isEqualTo(ReminderStatus.SENT);
		assertThat(events.types()).containsExactly("alert.scheduled");
	}

	@Test
	void aReminderPastTheRetentionHorizonAndNotOnRecordIsNotScheduledAgain() {
		var longAgo = NOW.minus(Duration.ofDays(31));

		follow.taskChanged(task(7, longAgo), wanted(longAgo)).block();

		assertThat(reminders.stored(QUARTER_BEFORE_ID)).isEmpty();
		assertThat(events.published()).isEmpty();
	}

	private static List<WantedReminder> wanted(Instant due) {
		return List.of(new WantedReminder(QUARTER_BEFORE, fireAt(due)));
	}

	private static Instant fireAt(Instant due) {
		return due.minus(Duration.ofMinutes(15));
	}

}
