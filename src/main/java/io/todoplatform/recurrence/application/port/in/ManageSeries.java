package io.todoplatform.recurrence.application.port.in;

import java.util.function.Function;

import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A user's recurring tasks. Every method acts only on the owner's series: another user's
 * series is not found.
 */
public interface ManageSeries {

	/**
	 * Starts a series; its first occurrence is asked of the tasks module in the same
	 * transaction.
	 */
	Mono<Series> start(Owner owner, SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor);

	Mono<Series> get(Owner owner, SeriesId id);

	Flux<Series> list(Owner owner);

	/**
	 * Revises a series from its current state; occurrences generated from now on follow
	 * the revision.
	 */
	Mono<Series> revise(Owner owner, SeriesId id, Function<Series, Revision> revision);

	/** Skips the open occurrence: it is marked skipped and the next one is created. */
	Mono<Series> skip(Owner owner, SeriesId id);

	/**
	 * Stops the series; with {@code deleteOpenInstance} its open occurrence is deleted
	 * too.
	 */
	Mono<Void> stop(Owner owner, SeriesId id, boolean deleteOpenInstance);

	record Revision(SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor) {
	}

}
