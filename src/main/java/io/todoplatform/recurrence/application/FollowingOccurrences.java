package io.todoplatform.recurrence.application;

import java.time.Clock;
import java.time.Instant;

import io.todoplatform.recurrence.application.port.in.FollowOccurrences;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.SeriesId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

@Service
class FollowingOccurrences implements FollowOccurrences {

	private final SeriesChanges changes;

	private final Clock clock;

	FollowingOccurrences(SeriesChanges changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Mono<Void> occurrenceCompleted(Owner owner, SeriesId id, String occurrence, Instant completedAt) {
		return ignoringGoneSeries(
				changes.apply(owner, id, series -> series.occurrenceCompleted(occurrence, completedAt)));
	}

	@Override
	@Transactional
	public Mono<Void> occurrenceDeleted(Owner owner, SeriesId id, String occurrence) {
		return ignoringGoneSeries(
				changes.apply(owner, id, series -> series.occurrenceDeleted(occurrence, clock.instant())));
	}

	/** A report about a series that no longer exists has nothing left to move on. */
	private static Mono<Void> ignoringGoneSeries(Mono<?> change) {
		return change.then().onErrorResume(SeriesNotFoundException.class, e -> Mono.empty());
	}

}
