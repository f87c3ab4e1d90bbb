package io.todoplatform.tasks.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.todoplatform.tasks.application.port.in.ReviseTask.Change;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.InvalidTaskException;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.TaskDetails;
import org.junit.jupiter.api.Test;

class ReviseTaskUnitTests {

	static final ZoneId CALLERS_ZONE = ZoneId.of("Europe/Berlin");
	static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");

	final TaskDetails current = TaskDetails.of("Water the plants", "The ferns", Priority.HIGH, List.of("home"), DUE,
			null, "America/New_York", List.of(new ReminderFields(Duration.ofMinutes(15), null, null, null)),
			ZoneId.of("UTC"));

	@Test
	void aFieldTheRevisionDoesNotNameKeepsItsValue() {
		var revised = revision(new Change<>("Water the ferns"), null, null).applyTo(current);

		assertThat(revised).isEqualTo(new TaskDetails(revised.title(), current.description(), current.priority(),
				current.tags(), current.due(), current.timeZone(), current.reminders()));
		assertThat(revised.title().value()).isEqualTo("Water the ferns");
	}

	@Test
	void aRemovedFieldTakesItsDefaultAndARemovedZoneTheCallers() {
		var revised = revision(null, new Change<>(null), new Change<>(null)).applyTo(current);

		assertThat(revised.priority()).isEqualTo(Priority.DEFAULT);
		assertThat(revised.timeZone()).isEqualTo(CALLERS_ZONE);
		assertThat(revised.due()).isEqualTo(new Due.At(DUE));
	}

	@Test
	void theRevisedDetailsAreCheckedAsAWhole() {
		var withoutDue = new ReviseTask(null, null, null, null, new Change<>(null), null, null, null, CALLERS_ZONE);

		assertThatExceptionOfType(InvalidTaskException.class).isThrownBy(() -> withoutDue.applyTo(current))
			.satisfies(e -> assertThat(e.violations()).singleElement()
				.satisfies(violation -> assertThat(violation.field()).isEqualTo("reminders[0]")));
	}

	private static ReviseTask revision(Change<String> title, Change<Priority> priority, Change<String> timeZone) {
		return new ReviseTask(title, null, priority, null, null, null, timeZone, null, CALLERS_ZONE);
	}

}
