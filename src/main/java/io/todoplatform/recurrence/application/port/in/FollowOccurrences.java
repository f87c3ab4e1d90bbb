package io.todoplatform.recurrence.application.port.in;

import java.time.Instant;

import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.SeriesId;
import reactor.core.publisher.Mono;

/**
 * What happened to the occurrences of series, as the tasks module reports it. Reports may
 * repeat or arrive late: only one about the current occurrence of an active series moves
 * it on.
 */
public interface FollowOccurrences {

	Mono<Void> occurrenceCompleted(Owner owner, SeriesId id, String occurrence, Instant completedAt);

	Mono<Void> occurrenceDeleted(Owner owner, SeriesId id, String occurrence);

}
