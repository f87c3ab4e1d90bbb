package io.todoplatform.recurrence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceDue;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceSkipped;
import io.todoplatform.recurrence.domain.SeriesEvent.SeriesStopped;
import org.junit.jupiter.api.Test;

class SeriesUnitTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
	static final SeriesTemplate TEMPLATE = SeriesTemplate.of("Water the plants", null, null, List.of("home"));

	static Series.Changed start(String rule, Anchor anchor) {
		var schedule = RecurrenceSchedule.of(RecurrenceRule.parse(rule),
				new SeriesStart.Timed(LocalDateTime.parse("2026-11-23T08:00:00")), BERLIN, Set.of());
		return Series.start(new Owner("alice"), TEMPLATE, schedule, anchor, NOW);
	}

	@Test
	void startingAsksForTheFirstOccurrenceAtDtstart() {
		var started = start("FREQ=WEEKLY;BYDAY=MO,TH", Anchor.SCHEDULE);

		assertThat(started.series().current().iso()).isEqualTo("2026-11-23T08:00:00+01:00");
		assertThat(started.events()).singleElement()
			.isInstanceOfSatisfying(OccurrenceDue.class,
					due -> assertThat(due.taskId()).isEqualTo(started.series().currentTaskId()));
	}

	@Test
	void completingTheCurrentOccurrenceAsksForTheNextOneByTheRule() {
		var series = start("FREQ=WEEKLY;BYDAY=MO,TH", Anchor.SCHEDULE).series();

		var next = series.occurrenceCompleted("2026-11-23T08:00:00+01:00", Instant.parse("2026-11-25T20:00:00Z"));

		assertThat(next.series().current().iso()).isEqualTo("2026-11-26T08:00:00+01:00");
		assertThat(next.series().generated()).isEqualTo(2);
		assertThat(next.events()).singleElement().isInstanceOf(OccurrenceDue.class);
	}

	@Test
	void reportsAboutAnyOtherOccurrenceChangeNothing() {
		var series = start("FREQ=DAILY", Anchor.SCHEDULE).series();
		var moved = series.occurrenceCompleted("2026-11-23T08:00:00+01:00", NOW).series();

		var again = moved.occurrenceCompleted("2026-11-23T08:00:00+01:00", NOW);

		assertThat(again.series()).isSameAs(moved);
		assertThat(again.events()).isEmpty();
	}

	@Test
	void theTaskIdOfAnOccurrenceIsStable() {
		var series = start("FREQ=DAILY", Anchor.SCHEDULE).series();

		assertThat(series.taskIdOf(series.current())).isEqualTo(series.currentTaskId());
		assertThat(start("FREQ=DAILY", Anchor.SCHEDULE).series().currentTaskId()).as("another series, another task")
			.isNotEqualTo(series.currentTaskId());
	}

	@Test
	void completingTheLastOccurrenceEndsTheSeries() {
		var series = start("FREQ=DAILY;COUNT=2", Anchor.SCHEDULE).series();
		var second = series.occurrenceCompleted("2026-11-23T08:00:00+01:00", NOW).series();

		var ended = second.occurrenceCompleted("2026-11-24T08:00:00+01:00", NOW);

		assertThat(ended.series().active()).isFalse();
		assertThat(ended.events()).isEmpty();
		assertThat(ended.series().upcoming(5)).isEmpty();
	}

	@Test
	void withTheCompletionAnchorTheRuleRestartsOnTheDayItWasDone() {
		var series = start("FREQ=DAILY;INTERVAL=3", Anchor.COMPLETION).series();

		var next = series.occurrenceCompleted("2026-11-23T08:00:00+01:00", Instant.parse("2026-11-25T14:00:00Z"));

		assertThat(next.series().current().iso()).isEqualTo("2026-11-28T08:00:00+01:00");
	}

	@Test
	void withTheCompletionAnchorCountLimitsTheOccurrencesGenerated() {
		var series = start("FREQ=DAILY;COUNT=2", Anchor.COMPLETION).series();
		var second = series.occurrenceCompleted("2026-11-23T08:00:00+01:00", NOW).series();

		assertThat(second.generated()).isEqualTo(2);
		assertThat(second.occurrenceCompleted(second.current().iso(), NOW).series().active()).isFalse();
	}

	@Test
	void skippingMarksTheCurrentSkippedAndAsksForTheNext() {
		var series = start("FREQ=DAILY", Anchor.SCHEDULE).series();

		var skipped = series.skip(NOW);

		assertThat(skipped.events()).hasSize(2);
		assertThat(skipped.events().get(0)).isInstanceOfSatisfying(OccurrenceSkipped.class,
				event -> assertThat(event.taskId()).isEqualTo(series.currentTaskId()));
		assertThat(skipped.events().get(1)).isInstanceOf(OccurrenceDue.class);
	}

	@Test
	void aDeletedCurrentOccurrenceIsPassedOver() {
		var series = start("FREQ=DAILY", Anchor.SCHEDULE).series();

		assertThat(series.occurrenceDeleted(series.current().iso(), NOW).series().current().iso())
			.isEqualTo("2026-11-24T08:00:00+01:00");
	}

	@Test
	void aStoppedSeriesCannotBeSkippedAndStoppingAgainChangesNothing() {
		var stopped = start("FREQ=DAILY", Anchor.SCHEDULE).series().stop(true, NOW);

		assertThat(stopped.series().active()).isFalse();
		assertThat(stopped.events()).singleElement()
			.isInstanceOfSatisfying(SeriesStopped.class, event -> assertThat(event.deleteOpenInstance()).isTrue());
		assertThatExceptionOfType(SeriesNotActiveException.class).isThrownBy(() -> stopped.series().skip(NOW));
		assertThat(stopped.series().stop(false, NOW).series()).isSameAs(stopped.series());
	}

}
