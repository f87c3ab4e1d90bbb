package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.InvalidRecurrenceException.inRule;

import java.time.ZoneId;
import java.util.Set;

import io.todoplatform.timerange.TimeRange;

/**
 * What a rule, its start and its exception dates must agree on: an all-day series has
 * dates only, a series with a time of day has date-times only (RFC 5545: UNTIL and EXDATE
 * take the value type of DTSTART).
 */
final class SeriesConsistency {

	private SeriesConsistency() {
	}

	/**
	 * The start's moment in the zone must be one every module can store: its occurrences
	 * become tasks.
	 */
	static void check(RecurrenceRule rule, SeriesStart start, ZoneId zone, Set<SeriesStart> exdates) {
		if (!TimeRange.contains(start.date()) || !TimeRange.contains(start.in(zone).toInstant())) {
			throw new InvalidRecurrenceException("dtstart",
					"A series starts at a moment that " + TimeRange.INSTANTS + " in its time zone");
		}
		switch (start) {
			case SeriesStart.AllDay ignored -> allDay(rule, exdates);
			case SeriesStart.Timed ignored -> timed(rule, exdates);
		}
	}

	private static void allDay(RecurrenceRule rule, Set<SeriesStart> exdates) {
		rule.timeOfDayPart().ifPresent(part -> {
			throw inRule(part + " needs a start with a time of day, but this series is all-day");
		});
		if (rule.until().filter(until -> !(until instanceof Until.OnDate)).isPresent()) {
			throw inRule("UNTIL must be a date like 19971224, because the series is all-day");
		}
		if (exdates.stream().anyMatch(SeriesStart.Timed.class::isInstance)) {
			throw new InvalidRecurrenceException("exdates",
					"Exception dates must be dates without a time of day, " + "because the series is all-day");
		}
	}

	private static void timed(RecurrenceRule rule, Set<SeriesStart> exdates) {
		if (rule.until().filter(Until.OnDate.class::isInstance).isPresent()) {
			throw inRule("UNTIL must be a date-time like 19971224T000000Z, because the series starts at a time of day");
		}
		if (exdates.stream().anyMatch(SeriesStart.AllDay.class::isInstance)) {
			throw new InvalidRecurrenceException("exdates",
					"Exception dates must have a time of day, " + "because the series starts at a time of day");
		}
	}

}
