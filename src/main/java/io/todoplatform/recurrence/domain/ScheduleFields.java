package io.todoplatform.recurrence.adapter.in.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.timerange.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * Turns the schedule fields of a request into a schedule, naming every field that is
 * wrong.
 */
final class ScheduleInput {

	private ScheduleInput() {
	}

	static RecurrenceSchedule schedule(@Nullable String rrule, @Nullable String dtstart, @Nullable String timeZone,
			@Nullable List<String> exdates, ZoneId defaultZone) {
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

	/** The moment a preview starts after: one the schedule can compute with. */
	static Instant after(Instant moment) {
		if (!TimeRange.contains(moment)) {
			throw new InvalidRecurrenceException("after", TimeRange.INSTANTS);
		}
		return moment;
	}

	static ZoneId zone(String id) {
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
