package io.todoplatform.recurrence.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Schedules written the short way for tests: starts and exception dates as ISO local
 * date-times or dates.
 */
final class Schedules {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private Schedules() {
	}

	/** A series with a time of day, from {@code 2026-03-07T09:00}. */
	static RecurrenceSchedule timed(String rrule, String start, ZoneId zone, String... exdates) {
		var excluded = Arrays.stream(exdates).map(Schedules::at).collect(Collectors.toSet());
		return RecurrenceSchedule.of(RecurrenceRule.parse(rrule), at(start), zone, excluded);
	}

	/** An all-day series, from {@code 2026-03-07}. */
	static RecurrenceSchedule allDay(String rrule, String start, ZoneId zone, String... exdates) {
		var excluded = Arrays.stream(exdates).map(Schedules::on).collect(Collectors.toSet());
		return RecurrenceSchedule.of(RecurrenceRule.parse(rrule), on(start), zone, excluded);
	}

	static SeriesStart at(String localDateTime) {
		return new SeriesStart.Timed(LocalDateTime.parse(localDateTime));
	}

	static SeriesStart on(String date) {
		return new SeriesStart.AllDay(LocalDate.parse(date));
	}

	static List<String> iso(List<Occurrence> occurrences) {
		return occurrences.stream().map(Occurrence::iso).toList();
	}

}
