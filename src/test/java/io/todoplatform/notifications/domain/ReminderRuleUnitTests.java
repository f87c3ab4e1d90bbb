package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReminderRuleUnitTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void fifteenMinutesBeforeATimedTask() {
		var due = TaskDue.at(Instant.parse("2026-12-01T08:00:00Z"), BERLIN);

		assertThat(new ReminderRule.Before(Duration.ofMinutes(15)).fireAt(Optional.of(due)))
			.contains(Instant.parse("2026-12-01T07:45:00Z"));
	}

	@Test
	void beforeAnAllDayTaskCountsFromTheStartOfItsDayInItsZone() {
		var due = TaskDue.on(LocalDate.parse("2026-12-01"), BERLIN);

		assertThat(new ReminderRule.Before(Duration.ofHours(1)).fireAt(Optional.of(due)))
			.contains(Instant.parse("2026-11-30T22:00:00Z"));
	}

	@Test
	void theDayBeforeAtSixInTheEveningKeepsTheLocalTimeAcrossTheSpringChange() {
		// Due Monday 30 March 09:00 CEST; clocks went forward on Sunday 29 March.
		var due = TaskDue.at(Instant.parse("2026-03-30T07:00:00Z"), BERLIN);

		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(18, 0)).fireAt(Optional.of(due)))
			.contains(Instant.parse("2026-03-29T16:00:00Z"));
		assertThat(new ReminderRule.DaysBeforeAt(2, LocalTime.of(18, 0)).fireAt(Optional.of(due)))
			.contains(Instant.parse("2026-03-28T17:00:00Z"));
	}

	@Test
	void aTimeTheClocksSkipFiresAsLateAsTheSkipAndARepeatedTimeFiresTheFirstTime() {
		var springForward = TaskDue.on(LocalDate.parse("2026-03-30"), BERLIN);
		var fallBack = TaskDue.on(LocalDate.parse("2026-10-26"), BERLIN);

		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(2, 30)).fireAt(Optional.of(springForward)))
			.contains(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(new ReminderRule.DaysBeforeAt(1, LocalTime.of(2, 30)).fireAt(Optional.of(fallBack)))
			.contains(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void rulesRelativeToTheDueTimeFireAtNothingWithoutOneAndAFixedInstantAlwaysFires() {
		assertThat(new ReminderRule.Before(Duration.ZERO).fireAt(Optional.empty())).isEmpty();
		assertThat(new ReminderRule.DaysBeforeAt(0, LocalTime.NOON).fireAt(Optional.empty())).isEmpty();
		assertThat(new ReminderRule.At(Instant.parse("2026-12-01T08:00:00Z")).fireAt(Optional.empty()))
			.contains(Instant.parse("2026-12-01T08:00:00Z"));
	}

	@Test
	void leadTimesAreNeitherNegativeNorLongerThanAYear() {
		assertThatThrownBy(() -> new ReminderRule.Before(Duration.ofMinutes(-1)))
			.isInstanceOf(InvalidReminderException.class).hasMessageContaining("not PT-1M");
		assertThatThrownBy(() -> new ReminderRule.Before(Duration.ofDays(367)))
			.isInstanceOf(InvalidReminderException.class);
		assertThatThrownBy(() -> new ReminderRule.DaysBeforeAt(-1, LocalTime.NOON))
			.isInstanceOf(InvalidReminderException.class);
		assertThatThrownBy(() -> new ReminderRule.DaysBeforeAt(367, LocalTime.NOON))
			.isInstanceOf(InvalidReminderException.class);
	}
}
