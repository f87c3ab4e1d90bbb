package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A rule, its start and its exception dates must be of one kind: all-day, or with a time of day.
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
		assertRejected(() -> RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"), on("2026-01-01"), BERLIN,
				Set.of(at("2026-01-02T00:00"))), "exdates",
				"Exception dates must be dates without a time of day, because the series is all-day");
		assertRejected(() -> RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"), at("2026-01-01T09:00"), BERLIN,
				Set.of(on("2026-01-02"))), "exdates",
				"Exception dates must have a time of day, because the series starts at a time of day");
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
		assertRejected(() -> allDay("FREQ=DAILY", "+10000-01-01", BERLIN), "start",
				"A series must start between the years 1 and 9999");
	}

	private static void assertRejected(ThrowingCallable creating, String field, String message) {
		assertThatExceptionOfType(InvalidRecurrenceException.class).isThrownBy(creating)
			.withMessage(message)
			.satisfies(rejected -> assertThat(rejected.field()).isEqualTo(field));
	}
}
