package io.todoplatform.tasks.adapter.out.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The {@code data} of every task event: the task after the change, complete enough that a consumer never has to call
 * back. Its JSON Schema is {@code docs/events/task-data.schema.json}; change both together.
 */
record TaskEventData(UUID id, String owner, String title, String description, TaskStatus status, Priority priority,
		SortedSet<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, String timeZone,
		List<Reminder> reminders, Instant createdAt, Instant updatedAt, @Nullable Instant completedAt, long version,
		@Nullable UUID seriesId, @Nullable String occurrence) {

	static TaskEventData of(Task task) {
		var details = task.details();
		var due = details.due();
		return new TaskEventData(task.id().id(), task.owner().subject(), details.title().value(),
				details.description().value(), task.status(), details.priority(), details.tags().slugs(),
				due instanceof Due.At at ? at.instant() : null, due instanceof Due.On on ? on.date() : null,
				details.timeZone().getId(),
				details.reminders().stream().map(rule -> Reminder.of(rule, details)).toList(), task.createdAt(),
				task.updatedAt(), task.completedAt(), task.version(),
				task.series() == null ? null : task.series().seriesId(),
				task.series() == null ? null : task.series().occurrence());
	}

	/**
	 * One reminder: the fields of its form and when it fires, so that notifications schedules it without knowing the
	 * rules. {@code fireAt} is always there: a task has relative reminders only when it has a due time.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Reminder(@Nullable Duration before, @Nullable Integer daysBefore,
			@JsonSerialize(using = ToStringSerializer.class) @Nullable LocalTime atTime, @Nullable Instant at,
			Instant fireAt) {

		static Reminder of(ReminderRule rule, TaskDetails task) {
			var fields = ReminderFields.of(rule);
			return new Reminder(fields.before(), fields.daysBefore(), fields.atTime(), fields.at(), task.fireAt(rule));
		}
	}
}
