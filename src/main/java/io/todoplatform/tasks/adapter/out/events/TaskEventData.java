package io.todoplatform.tasks.adapter.out.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.UUID;

import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of every task event: the task after the change, complete enough that a consumer never has to call
 * back. Its JSON Schema is {@code docs/events/task-data.schema.json}; change both together.
 */
record TaskEventData(UUID id, String owner, String title, String description, TaskStatus status, Priority priority,
		SortedSet<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, String timeZone,
		Instant createdAt, Instant updatedAt, @Nullable Instant completedAt, long version, @Nullable UUID seriesId,
		@Nullable String occurrence) {

	static TaskEventData of(Task task) {
		var details = task.details();
		var due = details.due();
		return new TaskEventData(task.id().id(), task.owner().subject(), details.title().value(),
				details.description().value(), task.status(), details.priority(), details.tags().slugs(),
				due instanceof Due.At at ? at.instant() : null, due instanceof Due.On on ? on.date() : null,
				details.timeZone().getId(), task.createdAt(), task.updatedAt(), task.completedAt(), task.version(),
				task.series() == null ? null : task.series().seriesId(),
				task.series() == null ? null : task.series().occurrence());
	}
}
