package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Rules follow the wall clock of the series' zone. In 2026 New York moves forward on 8
 * March and back on 1 November, Berlin on 29 March and 25 October.
 */
class DaylightSavingUnitTests {

	@Test
	void aDailyNineOClockStaysAtNineAcrossBothChangesInNewYork() {
		var daily = timed("FREQ=DAILY", "2026-03-07T09:00", NEW_YORK);

		assertThat(iso(daily.first(2))).containsExactly("2026-03-07T09:00:00-05:00", "2026-03-08T09:00:00-04:00");
		assertThat(iso(daily.after(Instant.parse("2026-10-31T00:00:00Z"), 2)))
			.containsExactly("2026-10-31T09:00:00-04:00", "2026-11-01T09:00:00-05:00");
	}

	@Test
	void aDailyNineOClockStaysAtNineAcrossBothChangesInBerlin() {
		var daily = timed("FREQ=DAILY", "2026-03-28T09:00", BERLIN);

		assertThat(iso(daily.first(2))).containsExactly("2026-03-28T09:00:00+01:00", "2026-03-29T09:00:00+02:00");
		assertThat(iso(daily.after(Instant.parse("2026-10-24T00:00:00Z"), 2)))
			.containsExactly("2026-10-24T09:00:00+02:00", "2026-10-25T09:00:00+01:00");
	}

	@Test
	void aTimeTheClocksSkipMovesOnByTheLengthOfTheGap() {
		assertThat(iso(timed("FREQ=DAILY", "2026-03-07T02:30", NEW_YORK).first(3)))
			.containsExactly("2026-03-07T02:30:00-05:00", "2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00");
		assertThat(iso(timed("FREQ=DAILY", "2026-03-28T02:30", BERLIN).first(3)))
			.containsExactly("2026-03-28T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00");
	}

	@Test
	void anOccurrenceInTheGapShowsTheWallClockTimeItMovedTo() {
		var moved = timed("FREQ=DAILY", "2026-03-07T02:30", NEW_YORK).first(2).get(1);

		assertThat(moved.local()).isEqualTo(at("2026-03-08T03:30"));
	}

	@Test
	void aStartInTheGapIsTheFirstOccurrenceMovedOn() {
		assertThat(iso(timed("FREQ=DAILY", "2026-03-29T02:30", BERLIN).first(2)))
			.containsExactly("2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00");
	}

	@Test
	void aTimeTheClocksPassTwiceMeansTheFirstOfTheTwo() {
		assertThat(iso(timed("FREQ=DAILY", "2026-10-24T02:30", BERLIN).first(3)))
			.containsExactly("2026-10-24T02:30:00+02:00", "2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00");
		assertThat(iso(timed("FREQ=DAILY", "2026-10-31T01:30", NEW_YORK).first(3)))
			.containsExactly("2026-10-31T01:30:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00");
	}

	/**
	 * 02:00 moves onto 03:00, which the rule also produces: one occurrence, and COUNT
	 * counts it once.
	 */
	@Test
	void anHourlyRuleAcrossTheGapHasNoDuplicate() {
		assertThat(iso(timed("FREQ=HOURLY;COUNT=4", "2026-03-08T00:00", NEW_YORK).first(10))).containsExactly(
				"2026-03-08T00:00:00-05:00", "2026-03-08T01:00:00-05:00", "2026-03-08T03:00:00-04:00",
				"2026-03-08T04:00:00-04:00");
	}

	/**
	 * The wall clock shows 01:00 twice; the rule means the first, and the hour after that
	 * is 02:00.
	 */
	@Test
	void anHourlyRuleAcrossTheRepeatedHourFollowsTheWallClock() {
		assertThat(iso(timed("FREQ=HOURLY;COUNT=3", "2026-11-01T00:00", NEW_YORK).first(10)))
			.containsExactly("2026-11-01T00:00:00-04:00", "2026-11-01T01:00:00-04:00", "2026-11-01T02:00:00-05:00");
	}

	@Test
	void anExceptionDateInTheGapRemovesTheOccurrenceThatMovedOn() {
		assertThat(iso(timed("FREQ=DAILY", "2026-03-07T02:30", NEW_YORK, "2026-03-08T02:30").first(2)))
			.containsExactly("2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00");
	}

	@Test
	void aUtcUntilIsComparedAsAMomentAcrossTheChange() {
		assertThat(timed("FREQ=DAILY;UNTIL=20260329T070000Z", "2026-03-27T09:00", BERLIN).first(10)).hasSize(3);
		assertThat(timed("FREQ=DAILY;UNTIL=20260329T065959Z", "2026-03-27T09:00", BERLIN).first(10)).hasSize(2);
	}

}
