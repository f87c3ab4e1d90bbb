package io.todoplatform.tasks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import io.todoplatform.timerange.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * One reminder as a user writes and reads it: the fields of exactly one form
 * ({@code before}; {@code daysBefore} with {@code atTime}; or {@code at}), the others
 * null. A separate shape from {@link ReminderRule} because what a user sends may name no
 * form or several, and must be refused by name rather than fail to exist.
 */
public record ReminderFields(@Nullable Duration before, @Nullable Integer daysBefore, @Nullable LocalTime atTime,
		@Nullable Instant at) {

	public static ReminderFields of(ReminderRule rule) {
		return switch (rule) {
			case ReminderRule.Before before -> new ReminderFields(before.lead(), null, null, null);
			case ReminderRule.DaysBeforeAt daysBefore ->
				new ReminderFields(null, daysBefore.days(), daysBefore.time(), null);
			case ReminderRule.At at -> new ReminderFields(null, null, null, at.instant());
		};
	}

	/**
	 * @throws InvalidTaskException unless exactly one form is given, with values a
	 * reminder may have
	 */
	public ReminderRule rule() {
		var forms = (before != null ? 1 : 0) + (daysBefore != null || atTime != null ? 1 : 0) + (at != null ? 1 : 0);
		if (forms != 1) {
			throw new InvalidTaskException("reminders", (forms == 0 ? "has no form" : "has " + forms + " forms")
					+ ": give exactly one of before, daysBefore with atTime, or at");
		}
		if (before != null) {
			return new ReminderRule.Before(before);
		}
		if (at != null) {
			if (!TimeRange.contains(at)) {
				throw new InvalidTaskException("reminders", "at " + TimeRange.INSTANTS);
			}
			return new ReminderRule.At(at);
		}
		if (daysBefore == null || atTime == null) {
			throw new InvalidTaskException("reminders", "daysBefore and atTime go together: give both");
		}
		return new ReminderRule.DaysBeforeAt(daysBefore, atTime);
	}
}
