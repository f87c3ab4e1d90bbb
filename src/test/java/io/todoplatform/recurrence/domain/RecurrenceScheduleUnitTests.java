package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class RecurrenceScheduleUnitTests {

	@Test
	void afterIsStrictlyAfterTheMoment() {
		var daily = timed("FREQ=DAILY", "2026-01-01T09:00", BERLIN);

		assertThat(iso(daily.after(Instant.parse("2026-01-03T08:00:00Z"), 2)))
			.containsExactly("2026-01-04T09:00:00+01:00", "2026-01-05T09:00:00+01:00");
		assertThat(iso(daily.after(Instant.parse("2026-01-03T07:59:59Z"), 1)))
			.containsExactly("2026-01-03T09:00:00+01:00");
	}

	@Test
	void afterAMomentBeforeTheStartBeginsWithTheStart() {
		var weekly = allDay("FREQ=WEEKLY;BYDAY=MO", "2026-01-01", BERLIN);

		assertThat(iso(weekly.after(Instant.parse("2020-01-01T00:00:00Z"), 2))).containsExactly("2026-01-01",
				"2026-01-05");
	}

	@Test
	void nextIsTheOccurrenceAfterTheGivenOne() {
		var workdays = timed("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-20T08:00", BERLIN);
		var friday = workdays.first(1).getFirst();

		assertThat(workdays.next(friday)).map(Occurrence::iso).contains("2026-11-23T08:00:00+01:00");
	}

	@Test
	void restartingKeepsTheTimeOfDayAndStartsOnTheNewDay() {
		var everyThirdDay = timed("FREQ=DAILY;INTERVAL=3", "2026-01-05T08:00", BERLIN);

		assertThat(iso(everyThirdDay.restartedOn(LocalDate.of(2026, 2, 10)).first(2)))
			.containsExactly("2026-02-10T08:00:00+01:00", "2026-02-13T08:00:00+01:00");
		assertThat(iso(allDay("FREQ=WEEKLY", "2026-01-05", BERLIN).restartedOn(LocalDate.of(2026, 2, 11)).first(2)))
			.containsExactly("2026-02-11", "2026-02-18");
	}

	@Test
	void aRestartedSeriesCountsAgainUnlessItsCountIsDropped() {
		var twice = allDay("FREQ=DAILY;COUNT=2", "2026-01-01", BERLIN);
		var restartDay = LocalDate.of(2026, 3, 1);

		assertThat(twice.restartedOn(restartDay).first(5)).hasSize(2);
		assertThat(twice.withoutCount().restartedOn(restartDay).first(5)).hasSize(5);
		assertThat(twice.withoutCount().rule().value()).isEqualTo("FREQ=DAILY");
	}

	@Test
	void anAllDayOccurrenceIsADayStartingAtMidnightInTheZone() {
		var occurrence = allDay("FREQ=WEEKLY", "2026-11-23", BERLIN).first(1).getFirst();

		assertThat(occurrence.allDay()).isTrue();
		assertThat(occurrence.iso()).isEqualTo("2026-11-23");
		assertThat(occurrence.date()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(occurrence.start()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, BERLIN));
		assertThat(occurrence.instant()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
	}

	/** Chile moves its clocks from midnight to 01:00 on 6 September 2026. */
	@Test
	void anAllDayOccurrenceOnADayWithoutMidnightStartsWhenTheDayDoes() {
		var occurrence = allDay("FREQ=DAILY", "2026-09-05", ZoneId.of("America/Santiago")).first(2).getLast();

		assertThat(occurrence.iso()).isEqualTo("2026-09-06");
		assertThat(occurrence.instant()).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
	}

	@Test
	void aTimedOccurrencePrintsItsOffsetInTheSeriesZone() {
		var inBerlin = timed("FREQ=DAILY", "2026-11-23T08:00", BERLIN).first(1).getFirst();
		var inUtc = timed("FREQ=DAILY", "2026-11-23T08:00", ZoneOffset.UTC).first(1).getFirst();

		assertThat(inBerlin.allDay()).isFalse();
		assertThat(inBerlin.iso()).isEqualTo("2026-11-23T08:00:00+01:00");
		assertThat(inBerlin.instant()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
		assertThat(inUtc.iso()).isEqualTo("2026-11-23T08:00:00+00:00");
	}

	@Test
	void aLimitOfZeroGivesNothingAndANegativeOneIsAMistake() {
		var daily = timed("FREQ=DAILY", "2026-01-01T09:00", BERLIN);

		assertThat(daily.first(0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> daily.after(Instant.EPOCH, -1));
	}

	@Test
	void schedulesWithTheSameDefinitionAreEqual() {
		assertThat(timed("freq=daily", "2026-01-01T09:00", BERLIN, "2026-01-02T09:00"))
			.isEqualTo(timed("FREQ=DAILY", "2026-01-01T09:00", BERLIN, "2026-01-02T09:00"))
			.hasSameHashCodeAs(timed("FREQ=DAILY", "2026-01-01T09:00", BERLIN, "2026-01-02T09:00"));
	}

}
