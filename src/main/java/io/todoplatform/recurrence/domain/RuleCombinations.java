package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Frequency.DAILY;
import static io.todoplatform.recurrence.domain.Frequency.MONTHLY;
import static io.todoplatform.recurrence.domain.Frequency.WEEKLY;
import static io.todoplatform.recurrence.domain.Frequency.YEARLY;
import static io.todoplatform.recurrence.domain.RulePart.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of RFC 5545 section 3.3.10 about parts that depend on each other.
 */
final class RuleCombinations {

	/** The parts BYSETPOS can pick from. */
	private static final Set<RulePart> SELECTIONS = EnumSet.of(BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY,
			BYWEEKNO, BYMONTH);

	private RuleCombinations() {
	}

	/**
	 * Checks the combinations and returns the rule's frequency, the one part every rule
	 * needs.
	 */
	static Frequency check(RuleParts parts) {
		var frequency = parts.value(FREQ)
			.map(Frequency::valueOf)
			.orElseThrow(() -> InvalidRecurrenceException
				.inRule("FREQ is missing: every rule needs a frequency, like FREQ=DAILY"));
		require(parts.value(COUNT).map(Long::parseLong).orElse(1L) <= RecurrenceRule.MAX_COUNT,
				"COUNT is at most 1000000: a series is computed by counting its occurrences from DTSTART, and no more "
						+ "than that many are counted");
		require(!parts.has(COUNT) || !parts.has(UNTIL),
				"COUNT and UNTIL cannot be combined: a series ends either after a number of occurrences or at a date");
		require(!parts.has(BYWEEKNO) || frequency == YEARLY, "BYWEEKNO can only be used with FREQ=YEARLY");
		require(!parts.has(BYYEARDAY) || !EnumSet.of(DAILY, WEEKLY, MONTHLY).contains(frequency),
				"BYYEARDAY cannot be used with FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY");
		require(!parts.has(BYMONTHDAY) || frequency != WEEKLY, "BYMONTHDAY cannot be used with FREQ=WEEKLY");
		boolean numberedDays = parts.value(BYDAY).filter(days -> days.matches(".*[0-9].*")).isPresent();
		require(!numberedDays || frequency == MONTHLY || frequency == YEARLY,
				"Numbered BYDAY values like 1MO can only be used with FREQ=MONTHLY or FREQ=YEARLY");
		require(!numberedDays || !parts.has(BYWEEKNO),
				"Numbered BYDAY values like 1MO cannot be combined with BYWEEKNO");
		require(!parts.has(BYSETPOS) || SELECTIONS.stream().anyMatch(parts::has),
				"BYSETPOS needs another BY... part, like BYDAY, to pick occurrences from");
		return frequency;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw InvalidRecurrenceException.inRule(message);
		}
	}

}
