package io.todoplatform.tasks.domain;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Marks a task as one occurrence of a recurring series. A series has at most one task per
 * occurrence.
 *
 * @param occurrence the occurrence's scheduled start as the recurrence module writes it:
 * an offset date-time in the series' zone, or a date for all-day series
 */
@ValueObject
public record SeriesOccurrence(UUID seriesId, String occurrence) {

	public SeriesOccurrence {
		if (occurrence.isBlank() || occurrence.length() > 64) {
			throw new IllegalArgumentException("An occurrence is an ISO date or date-time, not '" + occurrence + "'");
		}
	}
}
