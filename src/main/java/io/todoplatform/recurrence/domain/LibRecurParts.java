package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RulePart.*;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The parts lib-recur is given, so that it expands a rule as RFC 5545 says where it does
 * not on its own. COUNT and UNTIL never reach it ({@link Expansion} applies them).
 */
final class LibRecurParts {

	private static final String EVERY_MONTH = IntStream.rangeClosed(1, 12)
		.mapToObj(Integer::toString)
		.collect(Collectors.joining(","));

	private LibRecurParts() {
	}

	/**
	 * The rule without COUNT and UNTIL. A YEARLY BYMONTHDAY without BYMONTH expands over
	 * every month of the year (BYMONTHDAY "expands" a year, RFC 5545 section 3.3.10):
	 * lib-recur keeps DTSTART's month instead.
	 */
	static RuleParts unbounded(RuleParts parts) {
		var rule = parts.without(COUNT).without(UNTIL);
		boolean monthDaysOfTheYear = rule.value(FREQ).filter("YEARLY"::equals).isPresent() && rule.has(BYMONTHDAY)
				&& !rule.has(BYMONTH) && !rule.has(BYWEEKNO) && !rule.has(BYYEARDAY);
		return monthDaysOfTheYear ? rule.with(BYMONTH, EVERY_MONTH) : rule;
	}

	/**
	 * Whether lib-recur picks BYSETPOS positions from only part of the first year, the
	 * months from DTSTART's on ({@code FREQ=YEARLY;BYMONTH=1,10;BYSETPOS=1} from
	 * September yields October 2): it must then start on January 1.
	 */
	static boolean picksFromYears(RuleParts unbounded) {
		return unbounded.value(FREQ).filter("YEARLY"::equals).isPresent() && unbounded.has(BYSETPOS);
	}

	/**
	 * The rule with what it takes from DTSTART written out (RFC 5545: information not in
	 * the rule comes from DTSTART, as lib-recur takes it), so that it yields the same
	 * instances when started on January 1.
	 */
	static RuleParts startingAnywhere(RuleParts unbounded, SeriesStart start) {
		var rule = unbounded;
		var day = start.date();
		boolean days = rule.has(BYWEEKNO) || rule.has(BYYEARDAY) || rule.has(BYMONTHDAY) || rule.has(BYDAY);
		if (!days) {
			rule = rule.has(BYMONTH) ? rule : rule.with(BYMONTH, Integer.toString(day.getMonthValue()));
			rule = rule.with(BYMONTHDAY, Integer.toString(day.getDayOfMonth()));
		}
		else if (rule.has(BYWEEKNO) && !rule.has(BYYEARDAY) && !rule.has(BYMONTHDAY) && !rule.has(BYDAY)) {
			rule = rule.with(BYDAY, weekday(day.getDayOfWeek()));
		}
		if (start instanceof SeriesStart.Timed(var at)) {
			rule = rule.has(BYHOUR) ? rule : rule.with(BYHOUR, Integer.toString(at.getHour()));
			rule = rule.has(BYMINUTE) ? rule : rule.with(BYMINUTE, Integer.toString(at.getMinute()));
			rule = rule.has(BYSECOND) ? rule : rule.with(BYSECOND, Integer.toString(at.getSecond()));
		}
		return rule;
	}

	/** The first moment of DTSTART's year, of the start's kind. */
	static SeriesStart startOfYear(SeriesStart start) {
		var january = start.date().withDayOfYear(1);
		return start instanceof SeriesStart.Timed ? new SeriesStart.Timed(january.atStartOfDay())
				: new SeriesStart.AllDay(january);
	}

	static DayOfWeek weekStart(RuleParts parts) {
		return parts.value(WKST).map(LibRecurParts::dayOfWeek).orElse(DayOfWeek.MONDAY);
	}

	private static String weekday(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	private static DayOfWeek dayOfWeek(String weekday) {
		return Arrays.stream(DayOfWeek.values()).filter(day -> weekday(day).equals(weekday)).findFirst().orElseThrow();
	}

}
