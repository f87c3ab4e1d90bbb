package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user sets on a task, as JSON. It is both the body of {@code POST /tasks} and the document a merge patch
 * applies to; a missing or null field takes its default (no description, MEDIUM, no tags, not due, the user's zone).
 */
record TaskRequest(@Nullable String title, @Nullable String description, @Nullable Priority priority,
		@Nullable List<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, @Nullable String timeZone) {

	static TaskRequest of(Task task) {
		var details = task.details();
		var due = details.due();
		return new TaskRequest(details.title().value(), details.description().value(), details.priority(),
				List.copyOf(details.tags().slugs()), due instanceof Due.At at ? at.instant() : null,
				due instanceof Due.On on ? on.date() : null, details.timeZone().getId());
	}

	TaskDetails details(ZoneId defaultZone) {
		return TaskDetails.of(title, description, priority, tags, dueAt, dueDate, timeZone, null, defaultZone);
	}
}
