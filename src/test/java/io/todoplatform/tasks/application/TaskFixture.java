package io.todoplatform.tasks.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.todoplatform.tasks.application.port.in.ReviseTask;
import io.todoplatform.tasks.domain.Description;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.Tags;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.Title;
import org.jspecify.annotations.Nullable;

/**
 * The users, time and task details the tasks use-case tests share.
 */
final class TaskFixture {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	static final Owner ALICE = new Owner("alice");
	static final Owner BOB = new Owner("bob");

	private TaskFixture() {
	}

	static TaskDetails details(String title) {
		return details(title, null, List.of());
	}

	static TaskDetails details(String title, @Nullable Instant dueAt, List<ReminderRule> reminders) {
		return new TaskDetails(new Title(title), Description.NONE, Priority.DEFAULT, Tags.NONE,
				dueAt == null ? null : new Due.At(dueAt), ZoneOffset.UTC, reminders);
	}

	/** The command a merge patch of the title alone makes. */
	static ReviseTask retitled(String title) {
		return new ReviseTask(new ReviseTask.Change<>(title), null, null, null, null, null, null, null, ZoneOffset.UTC);
	}

}
