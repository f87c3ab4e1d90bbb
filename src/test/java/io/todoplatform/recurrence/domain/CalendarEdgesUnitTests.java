package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Days that not every month or year has are skipped, as RFC 5545 ignores invalid dates;
 * lib-recur does so by default (its RSCALE extension's SKIP=OMIT), which these tests pin
 * down.
 */
class CalendarEdgesUnitTests {

	@Test
	void aYearlySeriesOnFebruary29FallsInLeapYearsOnly() {
		var leapDay = allDay("FREQ=YEARLY", "2024-02-29", BERLIN);

		assertThat(iso(leapDay.first(4))).containsExactly("2024-02-29", "2028-02-29", "2032-02-29", "2036-02-29");
		assertThat(iso(leapDay.after(Instant.parse("2096-03-01T00:00:00Z"), 1))).containsExactly("2104-02-29");
	}

	@Test
	void aYearlyRuleForFebruary29SkipsCommonYears() {
		assertThat(iso(timed("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2025-01-01T09:00", BERLIN).first(3)))
			.containsExactly("2025-01-01T09:00:00+01:00", "2028-02-29T09:00:00+01:00", "2032-02-29T09:00:00+01:00");
	}

	@Test
	void aMonthlySeriesFromThe31stSkipsShorterMonths() {
		var expected = List.of("2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31",
				"2026-12-31");

		assertThat(iso(allDay("FREQ=MONTHLY", "2026-01-31", BERLIN).first(7))).isEqualTo(expected);
		assertThat(iso(allDay("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", BERLIN).first(7))).isEqualTo(expected);
	}

	@Test
	void theLastDayOfTheMonthIsTheLastDayOfEveryMonth() {
		assertThat(iso(allDay("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", BERLIN).first(4)))
			.containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30");
		assertThat(iso(allDay("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", BERLIN).first(2)))
			.containsExactly("2028-01-31", "2028-02-29");
	}

	@Test
	void aRuleThatCanNeverMatchAgainEndsAfterItsStart() {
		var never = timed("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2026-01-01T09:00", BERLIN);

		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertThat(iso(never.first(5))).containsExactly("2026-01-01T09:00:00+01:00");
			assertThat(never.next(never.first(1).getFirst())).isEmpty();
			assertThat(never.after(Instant.parse("2030-01-01T00:00:00Z"), 5)).isEmpty();
		});
	}

	@Test
	void aCountedRuleThatCanNeverMatchIsJustItsStart() {
		var never = allDay("FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31;COUNT=5", "2026-01-01", BERLIN);

		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThat(iso(never.first(5))).containsExactly("2026-01-01"));
	}

	/**
	 * RFC 5545 allows BYSECOND=60 for leap seconds, which Java's time scale does not
	 * have.
	 */
	@Test
	void aLeapSecondNeverOccurs() {
		assertThat(iso(timed("FREQ=MINUTELY;BYSECOND=60", "2026-06-30T23:59:00", BERLIN).first(3)))
			.containsExactly("2026-06-30T23:59:00+02:00");
	}

}
