package io.todoplatform.tasks.application.port.in;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.SeriesOccurrence;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import reactor.core.publisher.Mono;

/**
 * What the recurrence module asks of tasks: create, skip or remove the occurrences of a
 * series. Every request may arrive more than once; asking again has no further effect.
 */
public interface FollowSeries {

	/**
	 * Creates the task for an occurrence, unless the series already has one for it. The
	 * occurrence keeps the reminders of the one before that count from the due time, so
	 * they move with it. True when this call created it.
	 */
	Mono<Boolean> createOccurrence(TaskId id, Owner owner, SeriesOccurrence series, TaskDetails details);

	/** Marks an open occurrence skipped; a missing or finished one is left alone. */
	Mono<Void> skipOccurrence(Owner owner, TaskId id);

	/**
	 * Deletes an occurrence that is still open; a missing or finished one is left alone.
	 */
	Mono<Void> deleteOpenOccurrence(Owner owner, TaskId id);

}
