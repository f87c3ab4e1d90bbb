package io.todoplatform.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a task is due: at an instant, or on a whole day in the task's time zone.
 */
@ValueObject
public sealed interface Due {

	/**
	 * When the task falls due: the instant, or the start of the day. Sorting and due
	 * ranges use it.
	 */
	Instant start(ZoneId zone);

	/** When the task becomes overdue: the instant, or the end of the day. */
	Instant deadline(ZoneId zone);

	/**
	 * The day the task falls due on in its zone: reminders a number of days before count
	 * from it.
	 */
	LocalDate day(ZoneId zone);

	record At(Instant instant) implements Due {

		@Override
		public Instant start(ZoneId zone) {
			return instant;
		}

		@Override
		public Instant deadline(ZoneId zone) {
			return instant;
		}

		@Override
		public LocalDate day(ZoneId zone) {
			return instant.atZone(zone).toLocalDate();
		}
	}

	record On(LocalDate date) implements Due {

		@Override
		public Instant start(ZoneId zone) {
			return date.atStartOfDay(zone).toInstant();
		}

		@Override
		public Instant deadline(ZoneId zone) {
			return date.plusDays(1).atStartOfDay(zone).toInstant();
		}

		@Override
		public LocalDate day(ZoneId zone) {
			return date;
		}
	}

}
