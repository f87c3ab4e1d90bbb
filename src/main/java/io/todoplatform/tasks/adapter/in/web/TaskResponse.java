package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.tasks.domain.Description;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.Tag;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskStatus;
import io.todoplatform.tasks.domain.Title;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it.
 *
 * @param reminders in the order the user gave them, each with when it fires
 * @param overdue whether the task is open and past its due time (for all-day tasks: past
 * the end of the day)
 */
@Schema(name = "Task")
@JsonInclude(JsonInclude.Include.ALWAYS)
record TaskResponse(UUID id,
		@Schema(minLength = 1, maxLength = Title.MAX_LENGTH, example = "Water the plants") String title,
		@Schema(maxLength = Description.MAX_LENGTH, example = "") String description, TaskStatus status,
		Priority priority,
		@ArraySchema(arraySchema = @Schema(description = "Sorted"),
				schema = @Schema(pattern = "^" + Tag.SLUG_FORM + "$", example = "home")) SortedSet<String> tags,
		@Schema(example = "2026-12-01T08:00:00Z") @Nullable Instant dueAt,
		@Schema(example = "2026-12-01") @Nullable LocalDate dueDate,
		@Schema(ref = ApiDocument.TIME_ZONE) String timeZone, List<ReminderResponse> reminders, boolean overdue,
		Instant createdAt, Instant updatedAt, @Nullable Instant completedAt,
		@Schema(minimum = "0", description = "Grows with every change; the ETag") long version,
		@Schema(description = "The recurring task this task is an occurrence of") @Nullable UUID seriesId,
		@Schema(description = "Which occurrence: its start in the series' zone, or its date for all-day series",
				pattern = OCCURRENCE, example = "2026-12-01T08:00:00+01:00") @Nullable String occurrence) {

	/**
	 * {@code Occurrence.iso()} of the recurrence module, as the occurrence's task keeps
	 * it.
	 */
	static final String OCCURRENCE = "^[+-]?[0-9]{4,9}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}:"
			+ "[0-9]{2}(?::[0-9]{2})?))?$";

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
