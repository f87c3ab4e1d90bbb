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

	@Test
	void titleLengthCountsCharactersNotBytes() {
		assertThat(TaskDetails.of("é".repeat(200), null, null, null, null, null, null, null, UTC).title().value())
			.hasSize(200);
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("a".repeat(201), null, null, null, null, null, null, null, UTC));
	}

	@Test
	void tagsAreDistinctSlugsAndAtMostTwenty() {
		var tags = TaskDetails.of("t", null, null, List.of("work", "home", "work", "my-tag-2"), null, null, null, null,
				UTC).tags();
		assertThat(tags.slugs()).containsExactly("home", "my-tag-2", "work");

		var twentyOne = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, twentyOne, null, null, null, null, UTC));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, List.of("a".repeat(33)), null, null, null, null, UTC));
		assertThatExceptionOfType(InvalidTaskException.class)
			.isThrownBy(() -> TaskDetails.of("t", null, null, Collections.singletonList(null), null, null, null, null,
					UTC));
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
