package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReminderUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Instant FIRE = Instant.parse("2026-11-23T12:00:00Z");

	private final UUID task = UUID.randomUUID();

	private final Reminder scheduled = Reminder.scheduled("alice", task, new RuleForm.Before(Duration.ofMinutes(15)),
			FIRE, NOW);

	@Test
	void theSameTaskAndRuleAlwaysNameTheSameReminder() {
		var again = Reminder.scheduled("alice", task, new RuleForm.Before(Duration.parse("PT900S")), FIRE, NOW);

		assertThat(again.id()).isEqualTo(scheduled.id());
	}

	@Test
	void aSentReminderIsNotSentAgainForAnUnrelatedChangeButIsWhenItsTimeMoves() {
		var sent = scheduled.sent(FIRE);

		assertThat(sent.wanted(FIRE, NOW)).isSameAs(sent);
		var moved = sent.wanted(FIRE.plusSeconds(3600), NOW);
		assertThat(moved.status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThat(moved.fireAt()).isEqualTo(FIRE.plusSeconds(3600));
	}

	@Test
	void aSnoozeSurvivesUnrelatedChangesAndAMoveOverridesIt() {
		var snoozed = scheduled.sent(FIRE).snoozed(Duration.ofMinutes(10), FIRE);

		assertThat(snoozed.fireAt()).isEqualTo(FIRE.plus(Duration.ofMinutes(10)));
		assertThat(snoozed.wanted(FIRE, FIRE)).isSameAs(snoozed);
		assertThat(snoozed.wanted(FIRE.plusSeconds(60), FIRE).fireAt()).isEqualTo(FIRE.plusSeconds(60));
	}

	@Test
	void onlyAWaitingReminderIsCancelledAndACancelledOneIsNotSnoozed() {
		assertThat(scheduled.sent(FIRE).cancelled(NOW).status()).isEqualTo(ReminderStatus.SENT);
		var cancelled = scheduled.cancelled(NOW);
		assertThat(cancelled.status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(cancelled.wanted(FIRE, NOW).status()).isEqualTo(ReminderStatus.SCHEDULED);
		assertThatThrownBy(() -> cancelled.snoozed(Duration.ofMinutes(10), NOW))
			.isInstanceOf(ReminderNotSnoozableException.class);
	}

	@Test
	void snoozesAreBetweenAMinuteAndAWeek() {
		assertThatThrownBy(() -> scheduled.snoozed(Duration.ofSeconds(59), NOW))
			.isInstanceOf(InvalidSnoozeException.class);
		assertThatThrownBy(() -> scheduled.snoozed(Duration.ofDays(8), NOW)).isInstanceOf(InvalidSnoozeException.class);
		assertThat(scheduled.snoozed(Duration.ofDays(7), NOW).fireAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void aTriggerIsDueOnlyForTheCurrentFiringOfAWaitingReminder() {
		assertThat(scheduled.isDueFor(FIRE)).isTrue();
		assertThat(scheduled.isDueFor(FIRE.plusMillis(1))).isFalse();
		assertThat(scheduled.sent(FIRE).isDueFor(FIRE)).isFalse();
	}

}
