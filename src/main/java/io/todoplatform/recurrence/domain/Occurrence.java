package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One occurrence of a series: its wall-clock start in the series' zone (a day, for an
 * all-day series) and the moment that start falls on.
 */
@ValueObject
public record Occurrence(SeriesStart local, ZonedDateTime start) {

	/**
	 * Always with seconds and a numeric offset, so that every timed occurrence prints in
	 * the same shape.
	 */
	private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	/**
	 * The occurrence at a generated wall-clock start; a start the clocks skip becomes the
	 * time it moved to.
	 */
	static Occurrence of(SeriesStart generated, ZoneId zone) {
		var start = generated.in(zone);
		if (generated instanceof SeriesStart.Timed timed && !timed.dateTime().equals(start.toLocalDateTime())) {
			return new Occurrence(new SeriesStart.Timed(start.toLocalDateTime()), start);
		}
		return new Occurrence(generated, start);
	}

	public boolean allDay() {
		return local instanceof SeriesStart.AllDay;
	}

	public Instant instant() {
		return start.toInstant();
	}

	public LocalDate date() {
		return local.date();
	}

	/**
	 * As the API prints it: {@code 2026-11-23T08:00:00+01:00}, or {@code 2026-11-23} for
	 * an all-day occurrence.
	 */
	public String iso() {
		return allDay() ? date().toString() : start.format(OFFSET_DATE_TIME);
	}

	@Override
	public String toString() {
		return iso();
	}
}
