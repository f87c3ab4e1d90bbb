package io.todoplatform.recurrence.application;

import java.util.function.Function;

import io.todoplatform.recurrence.application.port.in.SeriesConflictException;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.application.port.out.AllSeries;
import io.todoplatform.recurrence.application.port.out.SeriesRequests;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.storage.OptimisticLocking;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies a change to a stored series with optimistic locking and sends what the change
 * asks of the tasks module. Callers run it inside their transaction, so the series and
 * its requests commit together. A change that lost a race with another is applied again
 * to the newer state, a few times; then it fails as a conflict.
 */
@Component
class SeriesChanges {

	private static final int CONFLICT_RETRIES = 5;

	private final AllSeries series;

	private final SeriesRequests requests;

	SeriesChanges(AllSeries series, SeriesRequests requests) {
		this.series = series;
		this.requests = requests;
	}

	Mono<Series> insert(Series.Changed started) {
		return series.insert(started.series()).then(send(started));
	}

	Mono<Series> apply(Owner owner, SeriesId id, Function<Series, Series.Changed> change) {
		var attempt = Mono.defer(() -> series.find(owner, id)
			.switchIfEmpty(Mono.error(() -> new SeriesNotFoundException(id.toString())))
			.flatMap(current -> {
				var changed = change.apply(current);
				if (changed.series() == current) {
					return send(changed);
				}
				return OptimisticLocking.won(series.update(changed.series())).then(send(changed));
			}));
		return OptimisticLocking.retried(attempt, CONFLICT_RETRIES, () -> new SeriesConflictException(id.toString()));
	}

	private Mono<Series> send(Series.Changed changed) {
		return Flux.fromIterable(changed.events()).concatMap(requests::send).then(Mono.just(changed.series()));
	}

}
