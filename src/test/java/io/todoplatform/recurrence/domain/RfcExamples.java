package io.todoplatform.recurrence.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The examples of RFC 5545 section 3.8.5.3, which all assume America/New_York: their
 * expected occurrences written as the RFC lists them, at 09:00 EDT (-04:00) or EST
 * (-05:00) as it prints them.
 */
final class RfcExamples {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final DateTimeFormatter ICALENDAR = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private RfcExamples() {
	}

	/**
	 * The first occurrences of the rule from DTSTART, both written as in the RFC
	 * (19970902T090000).
	 */
	static List<String> occurrences(String dtstart, String rrule, int limit, String... exdates) {
		var excluded = Arrays.stream(exdates).map(RfcExamples::local).collect(Collectors.toSet());
		var schedule = RecurrenceSchedule.of(RecurrenceRule.parse(rrule), local(dtstart), NEW_YORK, excluded);
		return schedule.first(limit).stream().map(Occurrence::iso).toList();
	}

	static SeriesStart local(String iCalendarDateTime) {
		return new SeriesStart.Timed(LocalDateTime.parse(iCalendarDateTime, ICALENDAR));
	}

	static List<String> edt(int year, int month, int... days) {
		return nineAm(year, month, "-04:00", days);
	}

	static List<String> est(int year, int month, int... days) {
		return nineAm(year, month, "-05:00", days);
	}

	static List<String> edtDays(int year, int month, int first, int last) {
		return edt(year, month, IntStream.rangeClosed(first, last).toArray());
	}

	static List<String> estDays(int year, int month, int first, int last) {
		return est(year, month, IntStream.rangeClosed(first, last).toArray());
	}

	/** Times of day ("10:30") on one day in EDT. */
	static List<String> edtTimes(int year, int month, int day, String... times) {
		return Arrays.stream(times)
			.map(time -> "%04d-%02d-%02dT%s:00-04:00".formatted(year, month, day, time))
			.toList();
	}

	@SafeVarargs
	static List<String> all(List<String>... parts) {
		return Arrays.stream(parts).flatMap(List::stream).toList();
	}

	private static List<String> nineAm(int year, int month, String offset, int... days) {
		return Arrays.stream(days)
			.mapToObj(day -> "%04d-%02d-%02dT09:00:00%s".formatted(year, month, day, offset))
			.toList();
	}

}
