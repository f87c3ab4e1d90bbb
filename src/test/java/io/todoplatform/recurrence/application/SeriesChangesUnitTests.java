package io.todoplatform.recurrence.application;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.todoplatform.recurrence.application.port.in.SeriesConflictException;
import io.todoplatform.recurrence.application.port.out.AllSeries;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Changing a series that someone else keeps changing: every write loses the race.
 */
class SeriesChangesUnitTests {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
	static final Owner OWNER = new Owner("alice");

	@Test
	void aChangeThatKeepsLosingTheRaceEndsAsAConflict() {
		var series = Series.start(OWNER, SeriesTemplate.of("Daily", null, null, null),
				RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"), SeriesStart.parse("dtstart",
						"2026-12-01T09:00:00"), ZoneOffset.UTC), Anchor.SCHEDULE, NOW).series();
		var changes = new SeriesChanges(new BusySeries(series), event -> Mono.empty());

		var changing = changes.apply(OWNER, series.id(), current -> new Series.Changed(current.revise(
				current.template(), current.schedule(), Anchor.COMPLETION, NOW), List.of()));

		assertThatExceptionOfType(SeriesConflictException.class).isThrownBy(changing::block);
	}

	/** A series whose every update finds it changed by another writer. */
	record BusySeries(Series series) implements AllSeries {

		@Override
		public Mono<Series> find(Owner owner, SeriesId id) {
			return Mono.just(series);
		}

		@Override
		public Mono<Series> update(Series changed) {
			return Mono.empty();
		}

		@Override
		public Mono<Series> insert(Series inserted) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Flux<Series> list(Owner owner) {
			throw new UnsupportedOperationException();
		}
	}
}
