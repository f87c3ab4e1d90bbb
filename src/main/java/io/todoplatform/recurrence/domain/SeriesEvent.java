package io.todoplatform.recurrence.domain;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * What a series asks of the tasks module.
 */
public sealed interface SeriesEvent extends DomainEvent {

	Series series();

	/** The task for this occurrence should exist, with this id. */
	record OccurrenceDue(Series series, Occurrence occurrence, UUID taskId) implements SeriesEvent {
	}

	/** The owner skipped the open occurrence. */
	record OccurrenceSkipped(Series series, Occurrence occurrence, UUID taskId) implements SeriesEvent {
	}

	/** No more occurrences; the open one, if any, may go too. */
	record SeriesStopped(Series series, @Nullable UUID openTaskId, boolean deleteOpenInstance) implements SeriesEvent {
	}

}
