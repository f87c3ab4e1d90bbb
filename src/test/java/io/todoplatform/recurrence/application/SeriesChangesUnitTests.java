package io.todoplatform.recurrence.application;

import static io.todoplatform.recurrence.application.SeriesFixture.ALICE;
import static io.todoplatform.recurrence.application.SeriesFixture.NOW;
import static io.todoplatform.recurrence.application.SeriesFixture.SECOND;
import static io.todoplatform.recurrence.application.SeriesFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import io.todoplatform.recurrence.application.port.in.SeriesConflictException;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import org.junit.jupiter.api.Test;

/**
 * Applying a change to a stored series: written optimistically, and its requests sent
 * once it is.
 */
class SeriesChangesUnitTests {

	final InMemorySeries series = new InMemorySeries();

	final RecordedSeriesRequests requests = new RecordedSeriesRequests();

	final SeriesChanges changes = new SeriesChanges(series, requests);

	@Test
	void aChangeIsStoredAndItsRequestsSent() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		var changed = changes
			.apply(ALICE, daily.id(), current -> current.occurrenceCompleted(current.current().iso(), NOW))
			.block();

		assertThat(series.stored(daily.id())).contains(changed);
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void aChangeThatLosesARaceIsAppliedToTheNewerStateAndAsksOnce() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));
		series.loseRaces(2);

		var changed = changes
			.apply(ALICE, daily.id(), current -> current.occurrenceCompleted(current.current().iso(), NOW))
			.block();

		assertThat(changed.version()).isEqualTo(3);
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void aChangeThatKeepsLosingTheRaceEndsAsAConflict() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));
		series.loseRaces(Integer.MAX_VALUE);

		var changing = changes.apply(ALICE, daily.id(), current -> new Series.Changed(
				current.revise(current.template(), current.schedule(), Anchor.COMPLETION, NOW), List.of()));

		assertThatExceptionOfType(SeriesConflictException.class).isThrownBy(changing::block);
		assertThat(requests.sent()).isEmpty();
	}

	@Test
	void aChangeThatChangesNothingIsNotWrittenButStillAsks() {
		var stopped = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE).stop(false, NOW).series());

		changes.apply(ALICE, stopped.id(), current -> current.stop(true, NOW)).block();

		assertThat(series.updates()).isZero();
		assertThat(requests.kinds()).containsExactly("SeriesStopped");
	}

	@Test
	void aSeriesThatDoesNotExistIsNotFound() {
		assertThatExceptionOfType(SeriesNotFoundException.class)
			.isThrownBy(() -> changes.apply(ALICE, SeriesId.random(), current -> current.stop(false, NOW)).block());
	}

}
