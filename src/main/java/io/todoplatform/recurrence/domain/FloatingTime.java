package io.todoplatform.recurrence.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.dmfs.rfc5545.DateTime;

/**
 * Wall-clock times as lib-recur expands them: floating, without a zone, and counted in
 * seconds as if the wall clock were UTC. Comparing such seconds is comparing wall-clock
 * times.
 */
final class FloatingTime {

	private static final long SECONDS_PER_DAY = 86_400;

	private FloatingTime() {
	}

	/** lib-recur's months count from 0. */
	static DateTime dateTime(SeriesStart start) {
		return switch (start) {
			case SeriesStart.Timed(var at) -> new DateTime(at.getYear(), at.getMonthValue() - 1, at.getDayOfMonth(),
					at.getHour(), at.getMinute(), at.getSecond());
			case SeriesStart.AllDay(var day) ->
				new DateTime(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		};
	}

	static long second(SeriesStart start) {
		return switch (start) {
			case SeriesStart.Timed(var at) -> second(at);
			case SeriesStart.AllDay(var day) -> day.toEpochDay() * SECONDS_PER_DAY;
		};
	}

	static long second(LocalDateTime wallClock) {
		return wallClock.toEpochSecond(ZoneOffset.UTC);
	}

	static LocalDateTime wallClock(long second) {
		return LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
	}

	static SeriesStart start(long second, boolean allDay) {
		return allDay ? new SeriesStart.AllDay(LocalDate.ofEpochDay(Math.floorDiv(second, SECONDS_PER_DAY)))
				: new SeriesStart.Timed(wallClock(second));
	}

}
