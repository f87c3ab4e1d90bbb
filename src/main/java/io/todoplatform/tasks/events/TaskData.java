package io.todoplatform.tasks.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A task as every task event carries it: complete enough that a consumer never has to
 * call back. The JSON Schema is {@code docs/events/task-data.schema.json}; change both
 * together.
 *
 * @param status {@code OPEN}, {@code COMPLETED} or {@code SKIPPED}
 * @param priority {@code VERY_IMPORTANT}, {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param timeZone the IANA zone of {@code dueDate} and of the reminders' local times
 * @param seriesId the recurring series this task is an occurrence of
 * @param occurrence the occurrence's scheduled start: an offset date-time, or a date for
 * all-day series
 */
public record TaskData(UUID id, String owner, String title, String description, String status, String priority,
		List<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, String timeZone,
		List<Reminder> reminders, Instant createdAt, Instant updatedAt, @Nullable Instant completedAt, long version,
		@Nullable UUID seriesId, @Nullable String occurrence) {

	/**
	 * One reminder: the fields of its one form and when it fires, so that consumers need
	 * not know the rules.
	 *
	 * @param atTime {@code HH:mm}, or {@code HH:mm:ss} when it has seconds
	 * @param fireAt always there: a task has relative reminders only when it has a due
	 * time
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Reminder(@Nullable Duration before, @Nullable Integer daysBefore, @Nullable String atTime,
			@Nullable Instant at, Instant fireAt) {
	}
}
