package io.todoplatform.recurrence.application;

import java.time.Clock;
import java.util.List;

import io.todoplatform.recurrence.application.port.in.ManageSeries;
import io.todoplatform.recurrence.application.port.in.ReviseSeries;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.application.port.out.AllSeries;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class ManagingSeries implements ManageSeries {

	private final AllSeries series;

	private final SeriesChanges changes;

	private final Clock clock;

	ManagingSeries(AllSeries series, SeriesChanges changes, Clock clock) {
		this.series = series;
		this.changes = changes;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Mono<Series> start(Owner owner, SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor) {
		return Mono.fromCallable(() -> Series.start(owner, template, schedule, anchor, clock.instant()))
			.flatMap(changes::insert);
	}

	@Override
	public Mono<Series> get(Owner owner, SeriesId id) {
		return series.find(owner, id).switchIfEmpty(Mono.error(() -> new SeriesNotFoundException(id.toString())));
	}

	@Override
	public Flux<Series> list(Owner owner) {
		return series.list(owner);
	}

	@Override
	@Transactional
	public Mono<Series> revise(Owner owner, SeriesId id, ReviseSeries revision) {
		return changes.apply(owner, id, current -> {
			var revised = revision.applyTo(current);
			return new Series.Changed(
					current.revise(revised.template(), revised.schedule(), revised.anchor(), clock.instant()),
					List.of());
		});
	}

	@Override
	@Transactional
	public Mono<Series> skip(Owner owner, SeriesId id) {
		return changes.apply(owner, id, current -> current.skip(clock.instant()));
	}

	@Override
	@Transactional
	public Mono<Void> stop(Owner owner, SeriesId id, boolean deleteOpenInstance) {
		return changes.apply(owner, id, current -> current.stop(deleteOpenInstance, clock.instant())).then();
	}

}
