package io.todoplatform.recurrence.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Where to start expanding a rule to reach a later time quickly. lib-recur fast-forwards
 * a rule one interval at a time (all but YEARLY), which is fine for days but not for
 * seconds: FREQ=MINUTELY from 1900 took two seconds.
 */
final class FastForward {

	private static final long SECONDS_PER_DAY = 86_400;

	private FastForward() {
	}

	/**
	 * For a rule within a day, DTSTART moved on towards {@code from} by whole days that
	 * are also whole intervals, so that the instances stay the same, leaving lib-recur
	 * less than a cycle to step through; DTSTART itself otherwise.
	 */
	static SeriesStart closerStart(RecurrenceRule rule, SeriesStart start, LocalDateTime from) {
		long interval = rule.interval() * switch (rule.frequency()) {
			case SECONDLY -> 1L;
			case MINUTELY -> 60L;
			case HOURLY -> 3_600L;
			default -> 0L;
		};
		if (interval == 0) {
			return start;
		}
		var commonSeconds = BigInteger.valueOf(interval).gcd(BigInteger.valueOf(SECONDS_PER_DAY));
		long daysPerCycle = interval / commonSeconds.longValue();
		long cycles = (ChronoUnit.DAYS.between(start.date(), from.toLocalDate()) - 1) / daysPerCycle;
		return cycles > 0 ? start.movedTo(start.date().plusDays(cycles * daysPerCycle)) : start;
	}

}
