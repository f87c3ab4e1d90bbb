package io.todoplatform.recurrence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.Arrays;

/**
 * BYWEEKNO as RFC 5545 defines it: week 1 is the first week (starting on WKST) with at
 * least four days of the year, and a year has 52 or 53 weeks. lib-recur takes week 53 of
 * a 52-week year to be the next year's week 1 (it yields 1997-12-29 for
 * {@code BYWEEKNO=53;BYDAY=MO}), so its instances pass this filter: each must lie in one
 * of the weeks the rule names, counted in the week's own year.
 */
final class WeekNumbers {

	private final WeekFields weeks;

	private final int[] numbers;

	private WeekNumbers(DayOfWeek weekStart, int[] numbers) {
		this.weeks = WeekFields.of(weekStart, 4);
		this.numbers = numbers;
	}

	/**
	 * The filter of a rule with BYWEEKNO (values as validated, like {@code 1,-1,53}) and
	 * its week start.
	 */
	static WeekNumbers of(String byWeekNo, DayOfWeek weekStart) {
		return new WeekNumbers(weekStart, Arrays.stream(byWeekNo.split(",")).mapToInt(Integer::parseInt).toArray());
	}

	boolean contain(LocalDate day) {
		int week = day.get(weeks.weekOfWeekBasedYear());
		int weeksInYear = (int) day.range(weeks.weekOfWeekBasedYear()).getMaximum();
		return Arrays.stream(numbers)
			.anyMatch(number -> number > 0 ? number == week : weeksInYear + 1 + number == week);
	}

}
