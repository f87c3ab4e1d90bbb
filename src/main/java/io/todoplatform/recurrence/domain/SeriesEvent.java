package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * What a series asks of the tasks module.
 */
public sealed interface SeriesEvent extends DomainEvent {

	Series series();

	/**
	 * The task for this occurrence should exist, with this id.
	 *
	 * @param cause what made the occurrence due
	 * @param causedAt when that happened (the series' creation, or the completion, skip
	 * or deletion of the occurrence before)
	 */
	record OccurrenceDue(Series series, Occurrence occurrence, UUID taskId, Cause cause,
			Instant causedAt) implements SeriesEvent {
	}

	/** What makes a series' next occurrence due. */
	enum Cause {

		/** The series began: its first occurrence. */
		CREATED,
		/** The current occurrence was completed. */
		COMPLETED,
		/** The owner skipped the current occurrence. */
		SKIPPED,
		/** The current occurrence's task was deleted: passed over, as if skipped. */
		DELETED

	}

	/** The owner skipped the open occurrence. */
	record OccurrenceSkipped(Series series, Occurrence occurrence, UUID taskId) implements SeriesEvent {
	}

	/** No more occurrences; the open one, if any, may go too. */
	record SeriesStopped(Series series, @Nullable UUID openTaskId, boolean deleteOpenInstance) implements SeriesEvent {
	}

}
