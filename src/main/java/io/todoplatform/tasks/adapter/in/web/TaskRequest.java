package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user sets on a task, as JSON. It is both the body of {@code POST /tasks} and the document a merge patch
 * applies to; a missing or null field takes its default (no description, MEDIUM, no tags, not due, the user's zone,
 * no reminders). A patch's {@code reminders} replaces the whole list, as RFC 7396 does with arrays.
 */
record TaskRequest(@Nullable String title, @Nullable String description, @Nullable Priority priority,
		@Nullable List<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, @Nullable String timeZone,
		@Schema(description = REMINDERS) @Nullable List<@Nullable ReminderFields> reminders) {

	/** JSON alone cannot say that an item has exactly one form, so the API description does. */
	static final String REMINDERS = "Up to 10 distinct reminders, in your order, each in exactly one form: "
			+ "{\"before\": \"PT15M\"} (an ISO 8601 duration before the due time, 0 to 366 days), "
			+ "{\"daysBefore\": 1, \"atTime\": \"18:00\"} (a local time in timeZone on a day before the due day, "
			+ "0 to 366 days) or {\"at\": \"2026-12-01T09:00:00+01:00\"} (an instant). before and daysBefore need "
			+ "dueAt or dueDate. A merge patch replaces the whole list.";

	static TaskRequest of(Task task) {
		var details = task.details();
		var due = details.due();
		return new TaskRequest(details.title().value(), details.description().value(), details.priority(),
				List.copyOf(details.tags().slugs()), due instanceof Due.At at ? at.instant() : null,
				due instanceof Due.On on ? on.date() : null, details.timeZone().getId(),
				details.reminders().stream().map(ReminderFields::of).toList());
	}

	TaskDetails details(ZoneId defaultZone) {
		return TaskDetails.of(title, description, priority, tags, dueAt, dueDate, timeZone, reminders, defaultZone);
	}
}
