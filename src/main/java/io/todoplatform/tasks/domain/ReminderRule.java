package io.todoplatform.tasks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks for when they put a reminder on a task: a lead time before it is due
 * ("15 minutes before"), a local time on a day before the due day ("the day before at
 * 18:00"), or a fixed instant. Rules relative to the due time fire at nothing for a task
 * without one, which is why {@link TaskDetails} refuses them there.
 */
@ValueObject
public sealed interface ReminderRule {

	/**
	 * The longest lead time and the most days before: reminders further ahead than a year
	 * are a mistake.
	 */
	Duration LONGEST = Duration.ofDays(366);

	/**
	 * When a reminder under this rule fires, for a task due as given in its zone (empty:
	 * it has no due time).
	 */
	Optional<Instant> fireAt(@Nullable Due due, ZoneId zone);

	/** Whether the rule counts from the due time, and so moves with it. */
	boolean relative();

	record Before(Duration lead) implements ReminderRule {

		public Before {
			if (lead.isNegative() || lead.compareTo(LONGEST) > 0) {
				throw new InvalidTaskException("reminders",
						"before must be between PT0S and " + LONGEST + " (" + LONGEST.toDays() + " days), not " + lead);
			}
		}

		@Override
		public Optional<Instant> fireAt(@Nullable Due due, ZoneId zone) {
			return Optional.ofNullable(due).map(task -> task.start(zone).minus(lead));
		}

		@Override
		public boolean relative() {
			return true;
		}
	}

	/**
	 * At a wall-clock time on the day that is {@code days} before the due day, in the
	 * task's zone. A time that the clocks skip that day (spring forward) fires as late as
	 * the skip; a time that happens twice fires the first time. The time is to the
	 * second, so that it reads back as {@code HH:mm} or {@code HH:mm:ss}.
	 */
	record DaysBeforeAt(int days, LocalTime time) implements ReminderRule {

		public DaysBeforeAt {
			if (days < 0 || days > LONGEST.toDays()) {
				throw new InvalidTaskException("reminders",
						"daysBefore must be between 0 and " + LONGEST.toDays() + ", not " + days);
			}
			if (time.getNano() != 0) {
				throw new InvalidTaskException("reminders",
						"atTime is a time of day to the second, like 18:00, not " + time);
			}
		}

		@Override
		public Optional<Instant> fireAt(@Nullable Due due, ZoneId zone) {
			return Optional.ofNullable(due)
				.map(task -> task.day(zone).minusDays(days).atTime(time).atZone(zone).toInstant());
		}

		@Override
		public boolean relative() {
			return true;
		}
	}

	record At(Instant instant) implements ReminderRule {

		@Override
		public Optional<Instant> fireAt(@Nullable Due due, ZoneId zone) {
			return Optional.of(instant);
		}

		@Override
		public boolean relative() {
			return false;
		}
	}

}
