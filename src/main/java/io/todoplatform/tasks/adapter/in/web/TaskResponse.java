package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it.
 *
 * @param reminders in the order the user gave them, each with when it fires
 * @param overdue whether the task is open and past its due time (for all-day tasks: past the end of the day)
 */
record TaskResponse(UUID id, String title, String description, TaskStatus status, Priority priority,
		SortedSet<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, String timeZone,
		List<ReminderResponse> reminders, boolean overdue, Instant createdAt, Instant updatedAt,
		@Nullable Instant completedAt, long version, @Nullable UUID seriesId, @Nullable String occurrence) {

	static TaskResponse of(Task task, Instant now) {
		var details = task.details();
		var due = details.due();
		return new TaskResponse(task.id().id(), details.title().value(), details.description().value(), task.status(),
				details.priority(), details.tags().slugs(), due instanceof Due.At at ? at.instant() : null,
				due instanceof Due.On on ? on.date() : null, details.timeZone().getId(),
				details.reminders().stream().map(rule -> ReminderResponse.of(rule, details)).toList(),
				task.isOverdue(now), task.createdAt(), task.updatedAt(), task.completedAt(), task.version(),
				task.series() == null ? null : task.series().seriesId(),
				task.series() == null ? null : task.series().occurrence());
	}
}
