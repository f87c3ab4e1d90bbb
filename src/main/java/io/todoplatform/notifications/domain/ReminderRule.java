package io.todoplatform.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a user asks for when they put a reminder on a task: a lead time before it is due ("15 minutes before"), a
 * local time on a day before the due day ("the day before at 18:00"), or a fixed instant. Rules relative to the due
 * time fire at nothing for a task without one.
 */
@ValueObject
public sealed interface ReminderRule {

	/** The longest lead time and the most days before: reminders further ahead than a year are a mistake. */
	Duration LONGEST = Duration.ofDays(366);

	/** When a reminder under this rule fires, for a task due as given (empty: not due, or never). */
	Optional<Instant> fireAt(Optional<TaskDue> due);

	record Before(Duration lead) implements ReminderRule {

		public Before {
			if (lead.isNegative() || lead.compareTo(LONGEST) > 0) {
				throw new InvalidReminderException("A reminder comes between 0 and " + LONGEST.toDays()
						+ " days before the task is due, not " + lead);
			}
		}

		@Override
		public Optional<Instant> fireAt(Optional<TaskDue> due) {
			return due.map(task -> task.start().minus(lead));
		}
	}

	/**
	 * At a wall-clock time on the day that is {@code days} before the due day, in the task's zone. A time that the
	 * clocks skip that day (spring forward) fires as late as the skip; a time that happens twice fires the first time.
	 */
	record DaysBeforeAt(int days, LocalTime time) implements ReminderRule {

		public DaysBeforeAt {
			if (days < 0 || days > LONGEST.toDays()) {
				throw new InvalidReminderException("A reminder comes between 0 and " + LONGEST.toDays()
						+ " days before the due day, not " + days);
			}
		}

		@Override
		public Optional<Instant> fireAt(Optional<TaskDue> due) {
			return due.map(task -> task.day().minusDays(days).atTime(time).atZone(task.zone()).toInstant());
		}
	}

	record At(Instant instant) implements ReminderRule {

		@Override
		public Optional<Instant> fireAt(Optional<TaskDue> due) {
			return Optional.of(instant);
		}
	}
}
