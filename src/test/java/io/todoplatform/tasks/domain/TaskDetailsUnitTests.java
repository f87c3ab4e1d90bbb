package io.todoplatform.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskDetailsUnitTests {

	static final ZoneId UTC = ZoneId.of("UTC");

	@Test
	void titlesAreTrimmedAndDefaultsApply() {
		var details = TaskDetails.of("  Buy milk \n", null, null, null, null, null, null, null, UTC);

		assertThat(details.title().value()).isEqualTo("Buy milk");
		assertThat(details.priority()).isEqualTo(Priority.MEDIUM);
		assertThat(details.tags().slugs()).isEmpty();
		assertThat(details.description().value()).isEmpty();
		assertThat(details.due()).isNull();
		assertThat(details.timeZone()).isEqualTo(UTC);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("   ", "x".repeat(10_001), null, List.of("Work"), Instant.EPOCH,
					LocalDate.EPOCH, "Mars/Olympus", null, UTC))
			.satisfies(e -> assertThat(e.violations()).extracting(FieldViolation::field)
				.containsExactlyInAnyOrder("title", "description", "tags", "timeZone", "dueDate"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-5000-01-01T00:00:00Z", "0000-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z",
			"+294277-01-01T00:00:00Z" })
	void dueInstantsAndReminderInstantsLieWithinTheYearsOneTo9999(String outside) {
		var instant = Instant.parse(outside);
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, null, instant, null, null,
					List.of(new ReminderFields(null, null, null, instant)), UTC))
			.satisfies(e -> assertThat(e.violations()).extracting(FieldViolation::field)
				.containsExactly("dueAt", "reminders[0]"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-5000-01-01", "0000-12-31", "+10000-01-01", "+999999999-12-31" })
	void dueDatesLieWithinTheYearsOneTo9999(String outside) {
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, null, null, LocalDate.parse(outside), null, null, UTC))
			.satisfies(e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("dueDate"));
	}

	@Test
	void theEdgesOfTheYearsOneTo9999AreDueTimes() {
		var last = Instant.parse("9999-12-31T23:59:59.999999999Z");
		assertThat(TaskDetails
			.of("t", null, null, null, last, null, null, List.of(new ReminderFields(null, null, null, last)), UTC)
			.due()).isEqualTo(new Due.At(last));
		assertThat(TaskDetails.of("t", null, null, null, Instant.parse("0001-01-01T00:00:00Z"), null, null, null, UTC)
			.due()).isNotNull();
		assertThat(TaskDetails.of("t", null, null, null, null, LocalDate.of(1, 1, 1), null, null, UTC).due())
			.isNotNull();
		assertThat(TaskDetails.of("t", null, null, null, null, LocalDate.of(9999, 12, 31), null, null, UTC).due())
			.isNotNull();
	}

	@Test
	void titleLengthCountsCharactersNotBytes() {
		assertThat(TaskDetails.of("é".repeat(200), null, null, null, null, null, null, null, UTC).title().value())
			.hasSize(200);
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("a".repeat(201), null, null, null, null, null, null, null, UTC));
	}

	@Test
	void tagsAreDistinctSlugsAndAtMostTwenty() {
		var tags = TaskDetails
			.of("t", null, null, List.of("work", "home", "work", "my-tag-2"), null, null, null, null, UTC)
			.tags();
		assertThat(tags.slugs()).containsExactly("home", "my-tag-2", "work");

		var twentyOne = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, twentyOne, null, null, null, null, UTC));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, List.of("a".repeat(33)), null, null, null, null, UTC));
		assertThatExceptionOfType(InvalidTaskException.class).isThrownBy(
				() -> TaskDetails.of("t", null, null, Collections.singletonList(null), null, null, null, null, UTC));
	}

	@Test
	void anAllDayDueStartsAtMidnightInTheTaskZone() {
		var due = new Due.On(LocalDate.parse("2026-03-29"));
		var berlin = ZoneId.of("Europe/Berlin");

		assertThat(due.start(berlin)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		// The day of the spring-forward change is 23 hours long.
		assertThat(due.deadline(berlin)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
	}

	@Test
	void predefinedTagsAreTheSevenDocumentedOnes() {
		assertThat(Tag.PREDEFINED).extracting(Tag::slug)
			.containsExactly("work", "personal", "shopping", "health", "finance", "learning", "home");
	}

}
