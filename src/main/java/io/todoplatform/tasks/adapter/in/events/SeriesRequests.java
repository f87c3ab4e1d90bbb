package io.todoplatform.tasks.adapter.in.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.todoplatform.tasks.domain.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The data of the recurrence events that tasks act on, as documented in {@code docs/events}. Read tolerantly: fields
 * added to an event later do not break this consumer.
 */
final class SeriesRequests {

	private SeriesRequests() {
	}

	/** {@code recurrence.instance-due}: create the task for this occurrence, with this id. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OccurrenceDue(UUID seriesId, UUID taskId, String owner, String occurrence, String title,
			@Nullable String description, @Nullable Priority priority, @Nullable List<String> tags,
			@Nullable Instant dueAt, @Nullable LocalDate dueDate, String timeZone) {
	}

	/** {@code recurrence.instance-skipped}: the owner skipped this occurrence. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OccurrenceSkipped(UUID seriesId, UUID taskId, String owner, String occurrence) {
	}

	/** {@code recurrence.series-stopped}: no more occurrences; maybe remove the open one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SeriesStopped(UUID seriesId, String owner, @Nullable UUID openTaskId, boolean deleteOpenInstance) {
	}
}
