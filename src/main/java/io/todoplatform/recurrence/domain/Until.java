package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The end of a series (RFC 5545 UNTIL): the last day, or the last moment, an occurrence
 * may start. Inclusive.
 */
@ValueObject
public sealed interface Until {

	/**
	 * Whether the occurrence starts after this end, so that it and all later ones are not
	 * part of the series.
	 */
	boolean passedBy(Occurrence occurrence);

	/** The value as a rule writes it. */
	String text();

	/** The RFC's form for an all-day series: {@code 19971224}. */
	record OnDate(LocalDate date) implements Until {

		@Override
		public boolean passedBy(Occurrence occurrence) {
			return occurrence.date().isAfter(date);
		}

		@Override
		public String text() {
			return date.format(DateTimeFormatter.BASIC_ISO_DATE);
		}
	}

	/**
	 * The RFC's form for a series with a time of day: a UTC date-time,
	 * {@code 19971224T000000Z}.
	 */
	record AtInstant(Instant instant) implements Until {

		@Override
		public boolean passedBy(Occurrence occurrence) {
			return occurrence.instant().isAfter(instant);
		}

		@Override
		public String text() {
			return UntilForm.DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)) + "Z";
		}
	}

	/**
	 * A floating date-time, {@code 19971224T000000}. RFC 5545 allows it only with a
	 * floating start, but it is common in the wild; it is read as a wall-clock time in
	 * the series' zone.
	 */
	record AtLocalTime(LocalDateTime dateTime) implements Until {

		@Override
		public boolean passedBy(Occurrence occurrence) {
			return occurrence.start().toLocalDateTime().isAfter(dateTime);
		}

		@Override
		public String text() {
			return UntilForm.DATE_TIME.format(dateTime);
		}
	}

}
