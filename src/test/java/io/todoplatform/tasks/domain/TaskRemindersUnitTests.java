package io.todoplatform.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TaskRemindersUnitTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");

	static final ReminderFields QUARTER_HOUR = new ReminderFields(Duration.ofMinutes(15), null, null, null);
	static final ReminderFields EVENING_BEFORE = new ReminderFields(null, 1, LocalTime.of(18, 0), null);
	static final ReminderFields FIXED = new ReminderFields(null, null, null, Instant.parse("2026-11-30T12:00:00Z"));

	@Test
	void remindersKeepTheirOrderAndEachHasAFireTime() {
		var details = details(DUE, null, EVENING_BEFORE, FIXED, QUARTER_HOUR);

		assertThat(details.reminders()).containsExactly(new ReminderRule.DaysBeforeAt(1, LocalTime.of(18, 0)),
				new ReminderRule.At(Instant.parse("2026-11-30T12:00:00Z")),
				new ReminderRule.Before(Duration.ofMinutes(15)));
		assertThat(details.reminders()).extracting(details::fireAt)
			.containsExactly(Instant.parse("2026-11-30T17:00:00Z"), Instant.parse("2026-11-30T12:00:00Z"),
					Instant.parse("2026-12-01T07:45:00Z"));
		assertThat(details.reminders()).extracting(ReminderFields::of)
			.containsExactly(EVENING_BEFORE, FIXED, QUARTER_HOUR);
	}

	@Test
	void missingRemindersAreNone() {
		assertThat(details(null, null).reminders()).isEmpty();
		assertThat(TaskDetails.of("t", null, null, null, null, null, null, null, BERLIN).reminders()).isEmpty();
	}

	@Test
	void everyBadReminderIsNamedByItsIndexAlongsideTheOtherFields() {
		var none = new ReminderFields(null, null, null, null);
		var two = new ReminderFields(Duration.ofMinutes(5), null, null, DUE);
		var halfForm = new ReminderFields(null, 1, null, null);
		var negative = new ReminderFields(Duration.ofMinutes(-5), null, null, null);
		var tooFar = new ReminderFields(null, 367, LocalTime.NOON, null);

		assertViolations(
				() -> TaskDetails.of(" ", null, null, null, DUE, null, null,
						Arrays.asList(none, two, halfForm, negative, tooFar, null, QUARTER_HOUR, QUARTER_HOUR), BERLIN),
				"title", "reminders[0]", "reminders[1]", "reminders[2]", "reminders[3]", "reminders[4]", "reminders[5]",
				"reminders[7]");
	}

	@Test
	void aTaskHasAtMostTenReminders() {
		var eleven = IntStream.range(0, 11)
			.mapToObj(i -> new ReminderFields(Duration.ofMinutes(i), null, null, null))
			.toList();

		assertThat(details(DUE, null, eleven.subList(0, 10).toArray(ReminderFields[]::new)).reminders()).hasSize(10);
		assertViolations(() -> details(DUE, null, eleven.toArray(ReminderFields[]::new)), "reminders");
	}

	@Test
	void equalRemindersAreRefusedNotMerged() {
		var sameInstantOtherOffset = new ReminderFields(null, null, null, Instant.parse("2026-11-30T12:00:00Z"));
		var sameLeadOtherUnit = new ReminderFields(Duration.ofSeconds(900), null, null, null);

		assertViolations(() -> details(DUE, null, FIXED, QUARTER_HOUR, sameInstantOtherOffset, sameLeadOtherUnit),
				"reminders[2]", "reminders[3]");
	}

	@Test
	void relativeRemindersNeedADueTimeButAFixedInstantDoesNot() {
		assertViolations(() -> details(null, null, FIXED, QUARTER_HOUR, EVENING_BEFORE), "reminders[1]",
				"reminders[2]");
		assertThat(details(null, null, FIXED).reminders()).hasSize(1);
		assertViolations(() -> new TaskDetails(new Title("t"), Description.NONE, Priority.DEFAULT, Tags.NONE, null,
				BERLIN, List.of(new ReminderRule.Before(Duration.ZERO))), "reminders[0]");
	}

	@Test
	void theDayBeforeAnAllDayTaskIsTheDayBeforeItsDate() {
		var details = details(null, LocalDate.parse("2026-03-30"), EVENING_BEFORE, QUARTER_HOUR);

		assertThat(details.reminders()).extracting(details::fireAt)
			.containsExactly(Instant.parse("2026-03-29T16:00:00Z"), Instant.parse("2026-03-29T21:45:00Z"));
	}

	@Test
	void theNextOccurrenceTakesOverTheRelativeRemindersOnly() {
		var earlier = details(DUE, null, QUARTER_HOUR, FIXED, EVENING_BEFORE);
		var next = details(DUE.plus(Duration.ofDays(7)), null);

		var reminded = next.withRelativeRemindersOf(earlier);

		assertThat(reminded.reminders()).extracting(ReminderFields::of).containsExactly(QUARTER_HOUR, EVENING_BEFORE);
		assertThat(reminded.reminders()).extracting(reminded::fireAt)
			.containsExactly(Instant.parse("2026-12-08T07:45:00Z"), Instant.parse("2026-12-07T17:00:00Z"));
		assertThat(details(null, null).withRelativeRemindersOf(earlier).reminders()).isEmpty();
	}

	private static TaskDetails details(Instant dueAt, LocalDate dueDate, ReminderFields... reminders) {
		return TaskDetails.of("t", null, null, null, dueAt, dueDate, null, List.of(reminders), BERLIN);
	}

	private static void assertViolations(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidTaskException.class).isThrownBy(call)
			.satisfies(e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(fields));
	}

}
