package io.todoplatform.recurrence.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.todoplatform.timerange.TimeRange;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a series starts (its DTSTART), or where an excluded occurrence would have started
 * (an EXDATE): a wall-clock date-time in the series' zone, or a whole day.
 */
@ValueObject
public sealed interface SeriesStart {

	/**
	 * The moment this start falls on in the zone, after RFC 5545 section 3.3.5: a
	 * wall-clock time the clocks skip moves on by the length of the gap (02:30 becomes
	 * 03:30), one they pass twice means the first of the two.
	 */
	ZonedDateTime in(ZoneId zone);

	/** The same time of day, on another day. */
	SeriesStart movedTo(LocalDate day);

	LocalDate date();

	/**
	 * As stored and shown, always with seconds: {@code 2026-11-23T08:00:00}, or
	 * {@code 2026-11-23} for a whole day.
	 */
	default String iso() {
		return switch (this) {
			case Timed timed -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(timed.dateTime());
			case AllDay day -> day.date().toString();
		};
	}

	/**
	 * Reads {@link #iso()}'s form back: a local date-time, or a date for a whole day.
	 * @param field the request field the text came from, named in the error
	 */
	static SeriesStart parse(String field, String text) {
		SeriesStart start;
		try {
			start = text.contains("T") ? new Timed(LocalDateTime.parse(text)) : new AllDay(LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			throw new InvalidRecurrenceException(field,
					"'" + text + "' is not a local date-time like 2026-11-23T08:00:00 or a date like 2026-11-23");
		}
		if (!TimeRange.contains(start.date())) {
			throw new InvalidRecurrenceException(field, "'" + text + "' " + TimeRange.DATES);
		}
		return start;
	}

	/**
	 * Recurrences are exact to the second, as in RFC 5545: fractions of a second are
	 * dropped.
	 */
	record Timed(LocalDateTime dateTime) implements SeriesStart {

		public Timed {
			dateTime = dateTime.getNano() == 0 ? dateTime : dateTime.truncatedTo(ChronoUnit.SECONDS);
		}

		@Override
		public ZonedDateTime in(ZoneId zone) {
			return ZonedDateTime.of(dateTime, zone);
		}

		@Override
		public SeriesStart movedTo(LocalDate day) {
			return new Timed(day.atTime(dateTime.toLocalTime()));
		}

		@Override
		public LocalDate date() {
			return dateTime.toLocalDate();
		}
	}

	/**
	 * An all-day series, or an excluded day of one; the day begins at the zone's start of
	 * day.
	 */
	record AllDay(LocalDate date) implements SeriesStart {

		@Override
		public ZonedDateTime in(ZoneId zone) {
			return date.atStartOfDay(zone);
		}

		@Override
		public SeriesStart movedTo(LocalDate day) {
			return new AllDay(day);
		}
	}

}
