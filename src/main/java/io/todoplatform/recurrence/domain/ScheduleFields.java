package io.todoplatform.recurrence.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Turns a schedule's fields, as a user writes them, into a schedule, naming every field
 * that is wrong.
 */
public final class ScheduleFields {

	private ScheduleFields() {
	}

	public static RecurrenceSchedule schedule(@Nullable String rrule, @Nullable String dtstart,
			@Nullable String timeZone, @Nullable List<String> exdates, ZoneId defaultZone) {
		var problems = new ArrayList<InvalidRecurrenceException>();
		var rule = check(problems, () -> RecurrenceRule.parse(required("rrule", rrule)));
		var start = check(problems, () -> SeriesStart.parse("dtstart", required("dtstart", dtstart)));
		var zone = timeZone == null ? defaultZone : check(problems, () -> zone(timeZone));
		var excluded = new HashSet<SeriesStart>();
		for (var exdate : exdates == null ? List.<String>of() : exdates) {
			var parsed = check(problems, () -> SeriesStart.parse("exdates", required("exdates", exdate)));
			if (parsed != null) {
				excluded.add(parsed);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSeriesException(problems);
		}
		return RecurrenceSchedule.of(rule, start, zone, excluded);
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException e) {
			throw new InvalidRecurrenceException("timeZone", "'" + id + "' is not an IANA time zone id");
		}
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidRecurrenceException(field, "is required");
		}
		return value;
	}

	private static <T> @Nullable T check(List<InvalidRecurrenceException> problems, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidRecurrenceException e) {
			problems.add(e);
			return null;
		}
	}

}
