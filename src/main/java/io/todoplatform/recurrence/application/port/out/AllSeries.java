package io.todoplatform.recurrence.application.port.out;

import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every user's series; each lookup names the owner and the store applies it in the query.
 */
public interface AllSeries {

	Mono<Series> insert(Series series);

	/**
	 * Stores a changed series if it is still at {@code series.version() - 1}; empty if
	 * another change came first.
	 */
	Mono<Series> update(Series series);

	Mono<Series> find(Owner owner, SeriesId id);

	Flux<Series> list(Owner owner);

}
