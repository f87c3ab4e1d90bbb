package io.todoplatform.recurrence.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.todoplatform.recurrence.application.port.out.AllSeries;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The series store in memory, with the promises of the real one (owner-scoped lookups,
 * optimistic updates), and another writer whose change of a series can get in just before
 * our next updates.
 */
class InMemorySeries implements AllSeries {

	private final Map<SeriesId, Series> stored = new LinkedHashMap<>();

	private int interleaved;

	private UnaryOperator<Series> theirChange = UnaryOperator.identity();

	private int updates;

	/** Stores a series as it is, as if an earlier request had. */
	Series given(Series series) {
		stored.put(series.id(), series);
		return series;
	}

	Optional<Series> stored(SeriesId id) {
		return Optional.ofNullable(stored.get(id));
	}

	/** How many updates were written. */
	int updates() {
		return updates;
	}

	/**
	 * The next {@code updates} updates find the series changed by someone else meanwhile.
	 */
	void loseRaces(int count) {
		interleave(count,
				current -> new Series(current.id(), current.owner(), current.template(), current.schedule(),
						current.anchor(), current.active(), current.generated(), current.current(), current.createdAt(),
						current.updatedAt(), current.version() + 1));
	}

	/**
	 * Another writer makes {@code change} (one that takes the next version) to the series
	 * just before each of our next {@code updates} updates of it.
	 */
	void interleave(int updates, UnaryOperator<Series> change) {
		interleaved = updates;
		theirChange = change;
	}

	@Override
	public Mono<Series> insert(Series series) {
		return Mono.fromSupplier(() -> given(series));
	}

	@Override
	public Mono<Series> update(Series series) {
		return Mono.fromSupplier(() -> {
			var current = stored.get(series.id());
			if (current != null && interleaved > 0) {
				interleaved--;
				given(theirChange.apply(current));
				return null;
			}
			if (current == null || current.version() != series.version() - 1) {
				return null;
			}
			updates++;
			return given(series);
		});
	}

	@Override
	public Mono<Series> find(Owner owner, SeriesId id) {
		return Mono.fromSupplier(() -> stored(id).filter(series -> series.owner().equals(owner)).orElse(null));
	}

	@Override
	public Flux<Series> list(Owner owner) {
		return Flux.defer(() -> Flux.fromIterable(stored.values())).filter(series -> series.owner().equals(owner));
	}

}
