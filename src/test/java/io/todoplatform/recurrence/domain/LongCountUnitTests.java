package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * The longest COUNT a rule may have ends the series exactly where COUNT says, never
 * earlier for want of expansion.
 */
class LongCountUnitTests {

	static final int MOST = RecurrenceRule.MAX_COUNT;

	@Test
	void aMillionMinutesEndWithTheMillionthMinute() {
		var utc = ZoneId.of("UTC");
		var schedule = timed("FREQ=MINUTELY;COUNT=" + MOST, "2025-01-01T00:00", utc);
		var last = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * (MOST - 1));

		assertThat(schedule.after(last.minusSeconds(60), 5)).extracting(Occurrence::instant).containsExactly(last);
	}

	/**
	 * Across daylight saving changes, the minutes the clocks skip land on moments the
	 * series already has: they do not count, so the millionth occurrence comes more than
	 * a million wall-clock minutes after DTSTART. The expected one is found here by
	 * java.time alone, minute by minute.
	 */
	@Test
	void aMillionMinutesAcrossDaylightSavingEndWithTheMillionthDistinctMoment() {
		var start = LocalDateTime.parse("2025-01-01T00:00:00");
		var schedule = timed("FREQ=MINUTELY;COUNT=" + MOST, start.toString(), BERLIN);
		var last = millionthMoment(start, BERLIN);

		assertThat(schedule.after(last.minusSeconds(60), 5)).extracting(Occurrence::instant).containsExactly(last);
	}

	private static Instant millionthMoment(LocalDateTime start, ZoneId zone) {
		Instant latest = null;
		var counted = 0;
		for (var wallClock = start;; wallClock = wallClock.plusMinutes(1)) {
			var moment = ZonedDateTime.of(wallClock, zone).toInstant();
			if (latest == null || moment.isAfter(latest)) {
				latest = moment;
				if (++counted == MOST) {
					return moment;
				}
			}
		}
	}

}
