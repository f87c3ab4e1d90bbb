package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule, its start and its exception dates must be of one kind: all-day, or with a time
 * of day; and within the years 1 to 9999.
 */
class ScheduleValidationUnitTests {

	@Test
	void anAllDaySeriesNeedsAnUntilDate() {
		assertRejected(() -> allDay("FREQ=DAILY;UNTIL=20261231T000000Z", "2026-01-01", BERLIN), "rrule",
				"UNTIL must be a date like 19971224, because the series is all-day");
	}

	@Test
	void aSeriesWithATimeOfDayNeedsAnUntilDateTime() {
		assertRejected(() -> timed("FREQ=DAILY;UNTIL=20261231", "2026-01-01T09:00", BERLIN), "rrule",
				"UNTIL must be a date-time like 19971224T000000Z, because the series starts at a time of day");
	}

	@Test
	void exceptionDatesAreOfTheStartsKind() {
		assertRejected(
				() -> RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"), on("2026-01-01"), BERLIN,
						Set.of(at("2026-01-02T00:00"))),
				"exdates", "Exception dates must be dates without a time of day, because the series is all-day");
		assertRejected(
				() -> RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"), at("2026-01-01T09:00"), BERLIN,
						Set.of(on("2026-01-02"))),
				"exdates", "Exception dates must have a time of day, because the series starts at a time of day");
	}

	@Test
	void anAllDaySeriesCannotRepeatWithinADay() {
		assertRejected(() -> allDay("FREQ=HOURLY", "2026-01-01", BERLIN), "rrule",
				"FREQ=HOURLY needs a start with a time of day, but this series is all-day");
		assertRejected(() -> allDay("FREQ=DAILY;BYHOUR=9", "2026-01-01", BERLIN), "rrule",
				"BYHOUR needs a start with a time of day, but this series is all-day");
	}

	@Test
	void aSeriesStartsWithinYearsOneTo9999() {
		var outside = "A series starts at a moment that must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z"
				+ " in its time zone";
		assertRejected(() -> allDay("FREQ=DAILY", "+10000-01-01", BERLIN), "dtstart", outside);
		assertRejected(() -> timed("FREQ=DAILY", "-5000-01-01T00:00", BERLIN), "dtstart", outside);
		// The last evening of 9999 in New York is already the year 10000 in UTC, which no
		// task can be due at.
		assertRejected(() -> timed("FREQ=DAILY", "9999-12-31T20:00", NEW_YORK), "dtstart", outside);
		assertThat(timed("FREQ=DAILY", "9999-12-31T18:59:59", NEW_YORK).first(1)).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "dtstart, +12023-01-01T00:00:00", "dtstart, -5000-01-01", "exdates, +999999999-12-31T00:00:00",
			"exdates, 0000-12-31" })
	void startsAndExceptionDatesOutsideTheYearsOneTo9999AreNamed(String field, String text) {
		assertRejected(() -> SeriesStart.parse(field, text), field,
				"'" + text + "' must lie between 0001-01-01 and 9999-12-31");
	}

	@Test
	void aSeriesEndsWithTheSupportedTimeRange() {
		assertThat(iso(timed("FREQ=DAILY", "9999-12-30T12:00", NEW_YORK).first(5)))
			.containsExactly("9999-12-30T12:00:00-05:00", "9999-12-31T12:00:00-05:00");
		assertThat(iso(allDay("FREQ=DAILY", "9999-12-30", ZoneId.of("UTC")).first(5))).containsExactly("9999-12-30",
				"9999-12-31");
		assertThat(timed("FREQ=DAILY", "9999-12-30T12:00", NEW_YORK).after(Instant.parse("9999-12-31T17:00:00Z"), 5))
			.isEmpty();
	}

	private static void assertRejected(ThrowingCallable creating, String field, String message) {
		assertThatExceptionOfType(InvalidRecurrenceException.class).isThrownBy(creating)
			.withMessage(message)
			.satisfies(rejected -> assertThat(rejected.field()).isEqualTo(field));
	}

}
