package io.todoplatform.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ReminderRuleUnitTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void fifteenMinutesBeforeATimedTask() {
		var due = new Due.At(Instant.parse("2026-12-01T08:00:00Z"));

		assertThat(new ReminderRule.Before(Duration.ofMinutes(15)).fireAt(due, BERLIN))
			.contains(Instant.parse("2026-12-01T07:45:00Z"));
	}

	@Test
	void beforeAnAllDayTaskCountsFromTheStartOfItsDayInItsZone() {
		var due = new Due.On(LocalDate.parse("2026-12-01"));

		assertThat(new ReminderRule.Before(Duration.ofHours(1)).fireAt(due, BERLIN))
			.contains(Instant.parse("2026-11-30T22:00:00Z"));
	}

	@Test
	void theDayBeforeAtSixInTheEveningKeepsTheLocalTimeAcrossTheSpringChange() {
		// Due Monday 30 March 09:00 CEST; clocks went forward on Sunday 29 March.
		var due = new Due.At(Instant.parse("2026-03-30T07:00:00Z"));

		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(18, 0)).fireAt(due, BERLIN))
			.contains(Instant.parse("2026-03-29T16:00:00Z"));
		assertThat(new ReminderRule.DaysBeforeAt(2, LocalTime.of(18, 0)).fireAt(due, BERLIN))
			.contains(Instant.parse("2026-03-28T17:00:00Z"));
	}

	@Test
	void theDueDayOfADueInstantIsItsDateInTheTaskZone() {
		// 23:30 UTC on 1 December is already 2 December in Berlin.
		var due = new Due.At(Instant.parse("2026-12-01T23:30:00Z"));

		assertThat(new ReminderRule.DaysBeforeAt(0, LocalTime.of(8, 0)).fireAt(due, BERLIN))
			.contains(Instant.parse("2026-12-02T07:00:00Z"));
		assertThat(new ReminderRule.DaysBeforeAt(0, LocalTime.of(8, 0)).fireAt(due, ZoneId.of("UTC")))
			.contains(Instant.parse("2026-12-01T08:00:00Z"));
	}

	@Test
	void aTimeTheClocksSkipFiresAsLateAsTheSkipAndARepeatedTimeFiresTheFirstTime() {
		var springForward = new Due.On(LocalDate.parse("2026-03-30"));
		var fallBack = new Due.On(LocalDate.parse("2026-10-26"));

		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(2, 30)).fireAt(springForward, BERLIN))
			.contains(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(2, 30)).fireAt(fallBack, BERLIN))
			.contains(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void rulesRelativeToTheDueTimeFireAtNothingWithoutOneAndAFixedInstantAlwaysFires() {
		assertThat(new ReminderRule.Before(Duration.ZERO).fireAt(null, BERLIN)).isEmpty();
		assertThat(new ReminderRule.DaysBeforeAt(0, LocalTime.NOON).fireAt(null, BERLIN)).isEmpty();
		assertThat(new ReminderRule.At(Instant.parse("2026-12-01T08:00:00Z")).fireAt(null, BERLIN))
			.contains(Instant.parse("2026-12-01T08:00:00Z"));
	}

	@Test
	void leadTimesAreNeitherNegativeNorLongerThanAYear() {
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> new ReminderRule.Before(Duration.ofMinutes(-1)))
			.withMessageContaining("not PT-1M")
			.satisfies(e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("reminders"));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> new ReminderRule.Before(Duration.ofDays(366).plusSeconds(1)));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> new ReminderRule.DaysBeforeAt(-1, LocalTime.NOON));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> new ReminderRule.DaysBeforeAt(367, LocalTime.NOON));
		assertThat(new ReminderRule.Before(Duration.ofDays(366)).lead()).isEqualTo(ReminderRule.LONGEST);
		assertThat(new ReminderRule.DaysBeforeAt(366, LocalTime.NOON).days()).isEqualTo(366);
	}

	@Test
	void aTimeOfDayIsToTheSecond() {
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> new ReminderRule.DaysBeforeAt(1, LocalTime.of(18, 0, 0, 500_000_000)));
	}

	@Test
	void onlyTheRulesThatCountFromTheDueTimeAreRelative() {
		assertThat(new ReminderRule.Before(Duration.ZERO).relative()).isTrue();
		assertThat(new ReminderRule.DaysBeforeAt(0, LocalTime.NOON).relative()).isTrue();
		assertThat(new ReminderRule.At(Instant.EPOCH).relative()).isFalse();
	}

}
