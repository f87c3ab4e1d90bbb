package io.todoplatform.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.domain.TaskSnapshot;

/**
 * The users, time, task and reminders the notifications use-case tests share: a task due
 * at 09:00 with a reminder 15 minutes before, which is due now.
 */
final class ReminderFixture {

	static final Instant NOW = Instant.parse("2026-12-01T08:45:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	static final String ALICE = "alice";
	static final String BOB = "bob";
	static final UUID TASK = UUID.fromString("7a5c0000-0000-4000-8000-000000000001");
	static final Instant DUE = Instant.parse("2026-12-01T09:00:00Z");
	static final RuleForm QUARTER_BEFORE = new RuleForm.Before(Duration.ofMinutes(15));

	private ReminderFixture() {
	}

	/** The task as its event at {@code version} reports it, open, due at {@code due}. */
	static TaskSnapshot task(long version, Instant due) {
		return new TaskSnapshot(TASK, ALICE, "Call the plumber", true, due, false, ZoneOffset.UTC, version, false);
	}

	/** The task as its event at {@code version} reports it completed. */
	static TaskSnapshot completed(long version) {
		return new TaskSnapshot(TASK, ALICE, "Call the plumber", false, DUE, false, ZoneOffset.UTC, version, false);
	}

	static TaskSnapshot deleted(long version) {
		return new TaskSnapshot(TASK, ALICE, "Call the plumber", true, DUE, false, ZoneOffset.UTC, version, true);
	}

	/** The task's reminder, waiting to fire at {@code fireAt}. */
	static Reminder reminder(Instant fireAt) {
		return Reminder.scheduled(ALICE, TASK, QUARTER_BEFORE, fireAt, NOW.minus(Duration.ofDays(1)));
	}

}
