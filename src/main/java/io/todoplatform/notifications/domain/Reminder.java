package io.todoplatform.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * One reminder of one task: a rule the task's owner chose, and the instant it fires at.
 * The rule's own fire time is kept apart from the effective one, so that a snooze
 * survives unrelated changes of the task, and moving the task's due time (which moves the
 * rule's time) overrides the snooze.
 *
 * @param rule the rule as the task events carry it, e.g. {@code {"before":"PT15M"}},
 * shown back to the user
 * @param ruleFireAt when the rule fires for the task's current due time
 * @param fireAt when the reminder fires: the rule's time, or later when snoozed
 * @param attempts how often delivery of the current fire time was started
 * @param version counts the stored changes, for optimistic locking: each change here
 * counts one, as does a claim
 */
public record Reminder(ReminderId id, String owner, UUID taskId, RuleForm rule, Instant ruleFireAt, Instant fireAt,
		ReminderStatus status, int attempts, @Nullable Instant sentAt, @Nullable String lastError, Instant updatedAt,
		long version) implements AggregateRoot<Reminder, ReminderId> {

	/** Snoozes are short: between a minute and a week. */
	public static final Duration SHORTEST_SNOOZE = Duration.ofMinutes(1);

	public static final Duration LONGEST_SNOOZE = Duration.ofDays(7);

	public static Reminder scheduled(String owner, UUID taskId, RuleForm rule, Instant fireAt, Instant now) {
		return new Reminder(ReminderId.of(taskId, rule), owner, taskId, rule, fireAt, fireAt, ReminderStatus.SCHEDULED,
				0, null, null, now, 0);
	}

	@Override
	public ReminderId getId() {
		return id;
	}

	/**
	 * The task now wants this rule to fire at {@code newRuleFireAt}. Unchanged when that
	 * is what it already fires at (a sent reminder is not sent again for an unrelated
	 * change); otherwise it is scheduled afresh.
	 */
	public Reminder wanted(Instant newRuleFireAt, Instant now) {
		if (newRuleFireAt.equals(ruleFireAt) && status != ReminderStatus.CANCELLED) {
			return this;
		}
		return new Reminder(id, owner, taskId, rule, newRuleFireAt, newRuleFireAt, ReminderStatus.SCHEDULED, 0, null,
				null, now, version + 1);
	}

	/**
	 * The task no longer wants it (completed, deleted, or the rule removed). Only a
	 * waiting reminder changes.
	 */
	public Reminder cancelled(Instant now) {
		return status != ReminderStatus.SCHEDULED ? this : new Reminder(id, owner, taskId, rule, ruleFireAt, fireAt,
				ReminderStatus.CANCELLED, attempts, sentAt, lastError, now, version + 1);
	}

	/**
	 * @throws ReminderNotSnoozableException when the reminder was cancelled (its task is
	 * done or gone)
	 */
	public Reminder snoozed(Duration duration, Instant now) {
		if (duration.compareTo(SHORTEST_SNOOZE) < 0 || duration.compareTo(LONGEST_SNOOZE) > 0) {
			throw new InvalidSnoozeException(
					"Snooze for between " + SHORTEST_SNOOZE + " and " + LONGEST_SNOOZE + ", not " + duration);
		}
		if (status == ReminderStatus.CANCELLED) {
			throw new ReminderNotSnoozableException("Reminder " + id + " was cancelled: its task is done or gone");
		}
		return new Reminder(id, owner, taskId, rule, ruleFireAt, now.plus(duration), ReminderStatus.SCHEDULED, 0, null,
				null, now, version + 1);
	}

	public boolean isDueFor(Instant triggeredFireAt) {
		return status == ReminderStatus.SCHEDULED && fireAt.equals(triggeredFireAt);
	}

	public Reminder sent(Instant now) {
		return new Reminder(id, owner, taskId, rule, ruleFireAt, fireAt, ReminderStatus.SENT, attempts, now, null, now,
				version + 1);
	}

	public Reminder failed(String error, Instant now) {
		return new Reminder(id, owner, taskId, rule, ruleFireAt, fireAt, ReminderStatus.FAILED, attempts, null, error,
				now, version + 1);
	}
}
