package io.todoplatform.recurrence.application;

import static io.todoplatform.recurrence.application.SeriesFixture.ALICE;
import static io.todoplatform.recurrence.application.SeriesFixture.BOB;
import static io.todoplatform.recurrence.application.SeriesFixture.CLOCK;
import static io.todoplatform.recurrence.application.SeriesFixture.FIRST;
import static io.todoplatform.recurrence.application.SeriesFixture.NOW;
import static io.todoplatform.recurrence.application.SeriesFixture.SECOND;
import static io.todoplatform.recurrence.application.SeriesFixture.TEMPLATE;
import static io.todoplatform.recurrence.application.SeriesFixture.schedule;
import static io.todoplatform.recurrence.application.SeriesFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.ZoneOffset;

import io.todoplatform.recurrence.application.port.in.ReviseSeries;
import io.todoplatform.recurrence.application.port.in.ReviseSeries.Change;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceDue;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceSkipped;
import io.todoplatform.recurrence.domain.SeriesEvent.SeriesStopped;
import io.todoplatform.recurrence.domain.SeriesNotActiveException;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import org.junit.jupiter.api.Test;

/**
 * Starting, reading, revising, skipping and stopping one's own recurring tasks, and what
 * each asks of tasks.
 */
class ManagingSeriesUnitTests {

	final InMemorySeries series = new InMemorySeries();

	final RecordedSeriesRequests requests = new RecordedSeriesRequests();

	final ManagingSeries manage = new ManagingSeries(series, new SeriesChanges(series, requests), CLOCK);

	@Test
	void startingASeriesStoresItAndAsksForItsFirstOccurrence() {
		var daily = manage.start(ALICE, TEMPLATE, schedule("FREQ=DAILY"), Anchor.SCHEDULE).block();

		assertThat(series.stored(daily.id())).contains(daily);
		assertThat(daily.createdAt()).isEqualTo(NOW);
		assertThat(requests.sent()).singleElement().isInstanceOfSatisfying(OccurrenceDue.class, due -> {
			assertThat(due.occurrence().iso()).isEqualTo(FIRST);
			assertThat(due.taskId()).isEqualTo(daily.currentTaskId());
		});
	}

	@Test
	void aScheduleWithoutAnyOccurrenceIsRefusedAndNothingStored() {
		var starting = manage.start(ALICE, TEMPLATE, schedule("FREQ=DAILY;COUNT=1", "2026-12-01T09:00:00"),
				Anchor.SCHEDULE);

		assertThatExceptionOfType(InvalidRecurrenceException.class).isThrownBy(starting::block);
		assertThat(manage.list(ALICE).collectList().block()).isEmpty();
		assertThat(requests.sent()).isEmpty();
	}

	@Test
	void skippingMarksTheOpenOccurrenceSkippedAndAsksForTheNext() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		var moved = manage.skip(ALICE, daily.id()).block();

		assertThat(moved.current().iso()).isEqualTo(SECOND);
		assertThat(requests.sent()).hasSize(2)
			.first()
			.isInstanceOfSatisfying(OccurrenceSkipped.class,
					skipped -> assertThat(skipped.taskId()).isEqualTo(daily.currentTaskId()));
		assertThat(requests.dueOccurrences()).containsExactly(SECOND);
	}

	@Test
	void anEndedSeriesHasNothingToSkip() {
		var ended = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE).stop(false, NOW).series());

		assertThatExceptionOfType(SeriesNotActiveException.class)
			.isThrownBy(() -> manage.skip(ALICE, ended.id()).block());
		assertThat(requests.sent()).isEmpty();
	}

	@Test
	void stoppingEndsTheSeriesAndAsksToRemoveItsOpenOccurrence() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		manage.stop(ALICE, daily.id(), true).block();

		assertThat(series.stored(daily.id()).orElseThrow().active()).isFalse();
		assertThat(requests.sent()).singleElement().isInstanceOfSatisfying(SeriesStopped.class, stopped -> {
			assertThat(stopped.openTaskId()).isEqualTo(daily.currentTaskId());
			assertThat(stopped.deleteOpenInstance()).isTrue();
		});
	}

	@Test
	void revisingChangesWhatComesNextButNotTheOpenOccurrence() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));
		var weekly = new ReviseSeries(new Change<>("Water the garden"), null, null, null, new Change<>("FREQ=WEEKLY"),
				null, null, new Change<>(Anchor.COMPLETION), null, ZoneOffset.UTC);

		var revised = manage.revise(ALICE, daily.id(), weekly).block();

		assertThat(revised.template().title()).isEqualTo("Water the garden");
		assertThat(revised.schedule()).isEqualTo(schedule("FREQ=WEEKLY"));
		assertThat(revised.anchor()).isEqualTo(Anchor.COMPLETION);
		assertThat(revised.current()).isEqualTo(daily.current());
		assertThat(requests.sent()).isEmpty();
	}

	/**
	 * The owner's other change wins the race (another tab renames the series); the
	 * revision is applied again to the renamed series, so neither change is lost.
	 */
	@Test
	void aRevisionThatLosesARaceAppliesAgainToTheNewerSeries() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));
		series.interleave(1, theirs -> theirs.revise(SeriesTemplate.of("Water the garden", null, null, null),
				theirs.schedule(), theirs.anchor(), NOW));
		var toCompletion = new ReviseSeries(null, null, null, null, null, null, null, new Change<>(Anchor.COMPLETION),
				null, ZoneOffset.UTC);

		var revised = manage.revise(ALICE, daily.id(), toCompletion).block();

		assertThat(revised.template().title()).isEqualTo("Water the garden");
		assertThat(revised.anchor()).isEqualTo(Anchor.COMPLETION);
		assertThat(revised.version()).isEqualTo(daily.version() + 2);
		assertThat(series.stored(daily.id())).contains(revised);
	}

	@Test
	void anotherUsersSeriesIsNotFound() {
		var daily = series.given(started(ALICE, "FREQ=DAILY", Anchor.SCHEDULE));

		assertThatExceptionOfType(SeriesNotFoundException.class).isThrownBy(() -> manage.get(BOB, daily.id()).block());
		assertThatExceptionOfType(SeriesNotFoundException.class).isThrownBy(() -> manage.skip(BOB, daily.id()).block());
		assertThatExceptionOfType(SeriesNotFoundException.class)
			.isThrownBy(() -> manage.stop(BOB, daily.id(), true).block());
		assertThat(manage.list(BOB).collectList().block()).isEmpty();
		assertThat(series.stored(daily.id())).contains(daily);
		assertThat(requests.sent()).isEmpty();
	}

}
