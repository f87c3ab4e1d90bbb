package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a series starts and ends: DTSTART is always the first occurrence and counts
 * towards COUNT; UNTIL is inclusive; an exception date removes an occurrence after COUNT
 * has counted it.
 */
class SeriesEndUnitTests {

	@Test
	void completingTheLastOccurrenceEndsTheSeries() {
		var threeDays = timed("FREQ=DAILY;COUNT=3", "2026-01-01T09:00", BERLIN);
		var occurrences = threeDays.first(10);

		assertThat(occurrences).hasSize(3);
		assertThat(threeDays.next(occurrences.get(1))).contains(occurrences.get(2));
		assertThat(threeDays.next(occurrences.get(2))).isEmpty();
	}

	@Test
	void untilIsInclusive() {
		var untilNineOnTheThird = timed("FREQ=DAILY;UNTIL=20260103T080000Z", "2026-01-01T09:00", BERLIN);
		var occurrences = untilNineOnTheThird.first(10);

		assertThat(iso(occurrences)).last().isEqualTo("2026-01-03T09:00:00+01:00");
		assertThat(untilNineOnTheThird.next(occurrences.getLast())).isEmpty();
	}

	@Test
	void aWallClockUntilIsATimeInTheSeriesZone() {
		assertThat(timed("FREQ=DAILY;UNTIL=20260103T090000", "2026-01-01T09:00", BERLIN).first(10)).hasSize(3);
		assertThat(timed("FREQ=DAILY;UNTIL=20260103T085959", "2026-01-01T09:00", BERLIN).first(10)).hasSize(2);
	}

	@Test
	void anAllDaySeriesEndsOnItsUntilDate() {
		assertThat(iso(allDay("FREQ=DAILY;UNTIL=20260103", "2026-01-01", BERLIN).first(10)))
			.containsExactly("2026-01-01", "2026-01-02", "2026-01-03");
	}

	@Test
	void anExceptionDateRemovesAnOccurrenceWithoutReplacingIt() {
		assertThat(iso(timed("FREQ=DAILY;COUNT=5", "2026-01-01T09:00", BERLIN, "2026-01-03T09:00").first(10)))
			.containsExactly("2026-01-01T09:00:00+01:00", "2026-01-02T09:00:00+01:00", "2026-01-04T09:00:00+01:00",
					"2026-01-05T09:00:00+01:00");
	}

	@Test
	void anExceptionDateOnTheStartRemovesItThoughItStillCounts() {
		assertThat(iso(allDay("FREQ=DAILY;COUNT=3", "2026-01-01", BERLIN, "2026-01-01").first(10)))
			.containsExactly("2026-01-02", "2026-01-03");
	}

	@Test
	void anExceptionDateThatIsNoOccurrenceChangesNothing() {
		assertThat(allDay("FREQ=WEEKLY;COUNT=3", "2026-01-01", BERLIN, "2026-01-02").first(10)).hasSize(3);
	}

	/** 1 January 2026 is a Thursday. */
	@Test
	void aStartThatDoesNotMatchTheRuleIsTheFirstOccurrenceAndCounts() {
		assertThat(iso(allDay("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "2026-01-01", BERLIN).first(10)))
			.containsExactly("2026-01-01", "2026-01-05", "2026-01-12");
	}

	@Test
	void aStartAfterUntilIsTheOnlyOccurrence() {
		assertThat(iso(timed("FREQ=DAILY;UNTIL=20260101T000000Z", "2026-02-01T09:00", BERLIN).first(10)))
			.containsExactly("2026-02-01T09:00:00+01:00");
	}

}
