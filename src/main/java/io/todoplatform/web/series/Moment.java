package io.todoplatform.web.series;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An occurrence as people read it, in the series' own zone (where it happens), with the
 * API's form kept for a {@code <time datetime>}.
 *
 * @param iso the API's form: a start with its offset, or a date for all-day series
 * @param text e.g. "Mon 4 Jan 2027, 08:30 CET", or "Mon 4 Jan 2027" all day
 */
public record Moment(String iso, String text) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);

	static Moment of(String iso, ZoneId zone) {
		return new Moment(iso, iso.contains("T") ? TIME.format(OffsetDateTime.parse(iso).atZoneSameInstant(zone))
				: DAY.format(LocalDate.parse(iso)));
	}

}
