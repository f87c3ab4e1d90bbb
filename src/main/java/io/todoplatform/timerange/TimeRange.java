package io.todoplatform.timerange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates and instants the product supports: the years 1 to 9999, the four-digit years
 * of RFC 3339 and RFC 5545. PostgreSQL stores 4713 BC to 294276 AD and java.time far
 * more, so whatever is computed from such a value (the end of a due day, a reminder a
 * year earlier) is still stored and computed exactly; beyond, values were stored as
 * something else or failed.
 */
public final class TimeRange {

	public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

	public static final String INSTANTS = "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

	public static final String DATES = "must lie between 0001-01-01 and 9999-12-31";

	private TimeRange() {
	}

	public static boolean contains(Instant instant) {
		return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
	}

	public static boolean contains(LocalDate date) {
		return date.getYear() >= 1 && date.getYear() <= 9999;
	}

}
