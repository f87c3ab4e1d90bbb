package io.todoplatform.tasks.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jmolecules.architecture.cqrs.Command;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence of a series fell due: its task should exist, with this id and the series'
 * template ({@code recurrence.instance-due}). Asking twice names the same task.
 *
 * @param occurrence the occurrence's scheduled start: an offset date-time, or a date for
 * all-day series
 * @param priority {@code VERY_IMPORTANT}, {@code HIGH}, {@code MEDIUM} or {@code LOW};
 * none means the default
 * @param dueAt the occurrence's start, for a timed series
 * @param dueDate the occurrence's day, for an all-day series
 * @param cause what made the occurrence due: {@code created} (the series' first),
 * {@code completed}, {@code skipped} or {@code deleted} (the occurrence before it); none
 * from producers older than the field
 * @param causedAt when that happened; none with {@code cause}
 */
@Command(namespace = "recurrence", name = "instance-due")
public record OccurrenceDue(UUID seriesId, String owner, UUID taskId, String occurrence, String title,
		@Nullable String description, @Nullable String priority, @Nullable List<String> tags, String timeZone,
		@Nullable Instant dueAt, @Nullable LocalDate dueDate,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String cause,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant causedAt) {
}
