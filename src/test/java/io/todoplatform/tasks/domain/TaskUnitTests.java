package io.todoplatform.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TaskUnitTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static TaskDetails details(String title) {
		return TaskDetails.of(title, null, null, null, null, null, null, null, BERLIN);
	}

	@Test
	void aNewTaskIsOpenAtVersionZero() {
		var task = Task.create(new Owner("alice"), details("Buy milk"), NOW);

		assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(task.version()).isZero();
		assertThat(task.createdAt()).isEqualTo(NOW).isEqualTo(task.updatedAt());
		assertThat(task.completedAt()).isNull();
	}

	@Test
	void completingRecordsWhenAndCompletingAgainChangesNothing() {
		var completed = Task.create(new Owner("alice"), details("Buy milk"), NOW).complete(NOW.plusSeconds(60));

		assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(completed.completedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(completed.version()).isEqualTo(1);
		assertThat(completed.complete(NOW.plusSeconds(120))).isSameAs(completed);
	}

	@Test
	void reopeningClearsTheCompletionAndReopeningAnOpenTaskChangesNothing() {
		var open = Task.create(new Owner("alice"), details("Buy milk"), NOW);
		var reopened = open.complete(NOW).reopen(NOW.plusSeconds(5));

		assertThat(reopened.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(reopened.completedAt()).isNull();
		assertThat(reopened.version()).isEqualTo(2);
		assertThat(open.reopen(NOW)).isSameAs(open);
	}

	@Test
	void revisingWithTheSameDetailsIsNoChange() {
		var task = Task.create(new Owner("alice"), details("Buy milk"), NOW);

		assertThat(task.revise(details("Buy milk"), NOW.plusSeconds(1))).isSameAs(task);
		assertThat(task.revise(details("Buy oat milk"), NOW.plusSeconds(1)).version()).isEqualTo(1);
	}

	@Test
	void anAllDayTaskIsOverdueOnlyAfterItsDayEndsInItsOwnZone() {
		var due = TaskDetails.of("Pay rent", null, null, null, null, LocalDate.parse("2026-11-23"), null, null, BERLIN);
		var task = Task.create(new Owner("alice"), due, NOW);

		assertThat(task.isOverdue(Instant.parse("2026-11-23T22:59:59Z"))).isFalse();
		assertThat(task.isOverdue(Instant.parse("2026-11-23T23:00:01Z"))).isTrue();
		assertThat(task.complete(NOW).isOverdue(Instant.parse("2026-11-25T00:00:00Z"))).isFalse();
	}

	@Test
	void priorityUrgencyOrdersMostImportantHighest() {
		assertThat(List.of(Priority.values()).stream().map(Priority::urgency)).containsExactly(4, 3, 2, 1);
		for (var priority : Priority.values()) {
			assertThat(Priority.ofUrgency(priority.urgency())).isEqualTo(priority);
		}
	}

}
