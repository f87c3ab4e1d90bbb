package io.todoplatform.recurrence.application;

import static io.todoplatform.recurrence.application.SeriesFixture.ALICE;
import static io.todoplatform.recurrence.application.SeriesFixture.CLOCK;
import static io.todoplatform.recurrence.application.SeriesFixture.FIRST;
import static io.todoplatform.recurrence.application.SeriesFixture.SECOND;
import static io.todoplatform.recurrence.application.SeriesFixture.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.SeriesId;
import org.junit.jupiter.api.Test;

/**
 * Moving series on as the tasks module reports their occurrences done or deleted; reports
 * may repeat or come late.
 */
class FollowingOccurrencesUnitTests {

	static final Instant DONE_LATE = Instant.parse("2026-12-05T20:00:00Z");

	final InMemorySeries series = new InMemorySeries();

	final RecordedSeriesRequests requests = new RecordedSeriesRequests();

	final FollowingOccurrences follow = new FollowingOccurrences(new SeriesChanges(series, requests), CLOCK);

	@Test
	void completingAnOccurrenceAsksForTheNextOne() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		follow.occurrenceCompleted(ALICE, daily.id(), FIRST, DONE_LATE).block();

		assertThat(series.stored(daily.id()).orElseThrow().current().iso()).isEqualTo(SECOND);
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void aRepeatedOrLateReportChangesNothing() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		follow.occurrenceCompleted(ALICE, daily.id(), FIRST, DONE_LATE).block();
		follow.occurrenceCompleted(ALICE, daily.id(), FIRST, DONE_LATE).block();
		follow.occurrenceDeleted(ALICE, daily.id(), FIRST).block();

		assertThat(series.updates()).isEqualTo(1);
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void completingCountsFromTheDayItWasDoneWhenTheSeriesSaysSo() {
		var everyThreeDays = series.given(started(ALICE, "FREQ=DAILY;INTERVAL=3", Anchor.COMPLETION));

		follow.occurrenceCompleted(ALICE, everyThreeDays.id(), FIRST, DONE_LATE).block();

		assertThat(requests.dueOccurrences()).containsExactly("2026-12-08T09:00:00+00:00");
	}

	@Test
	void completingTheLastOccurrenceEndsTheSeries() {
		var once = series.given(started(ALICE, "FREQ=DAILY;COUNT=1", Anchor.SCHEDULE));

		follow.occurrenceCompleted(ALICE, once.id(), FIRST, DONE_LATE).block();

		assertThat(series.stored(once.id()).orElseThrow().active()).isFalse();
		assertThat(requests.sent()).isEmpty();
	}

	@Test
	void deletingTheOpenOccurrencePassesItOver() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		follow.occurrenceDeleted(ALICE, daily.id(), FIRST).block();

		assertThat(series.stored(daily.id()).orElseThrow().updatedAt()).isEqualTo(CLOCK.instant());
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void aReportAboutASeriesThatIsGoneIsIgnored() {
		follow.occurrenceCompleted(ALICE, SeriesId.random(), FIRST, DONE_LATE).block();
		follow.occurrenceDeleted(ALICE, SeriesId.random(), FIRST).block();

		assertThat(requests.sent()).isEmpty();
	}

}
