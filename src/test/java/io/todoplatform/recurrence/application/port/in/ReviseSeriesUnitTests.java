package io.todoplatform.recurrence.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.todoplatform.recurrence.application.port.in.ManageSeries.Revision;
import io.todoplatform.recurrence.application.port.in.ReviseSeries.Change;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.ScheduleFields;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.junit.jupiter.api.Test;

class ReviseSeriesUnitTests {

	static final ZoneId CALLERS_ZONE = ZoneId.of("Europe/Berlin");

	final Series current = Series.start(new Owner("alice"),
			SeriesTemplate.of("Water the plants", "The ferns", TemplatePriority.HIGH, List.of("home", "garden")),
			ScheduleFields.schedule("FREQ=DAILY", "2026-12-01T09:00:00", "America/New_York",
					List.of("2026-12-03T09:00:00", "2026-12-02T09:00:00"), ZoneId.of("UTC")),
			Anchor.COMPLETION, Instant.parse("2026-12-01T08:00:00Z"))
		.series();

	@Test
	void aRevisionThatNamesNoFieldKeepsTheSeriesAsItIs() {
		var revised = revision(null, null, null, null).applyTo(current);

		assertThat(revised).isEqualTo(new Revision(current.template(), current.schedule(), current.anchor()));
	}

	@Test
	void aFieldTheRevisionDoesNotNameKeepsItsValue() {
		var revised = revision(new Change<>("Water the ferns"), null, null, null).applyTo(current);

		assertThat(revised.template()).isEqualTo(
				new SeriesTemplate("Water the ferns", "The ferns", TemplatePriority.HIGH, current.template().tags()));
		assertThat(revised.schedule()).isEqualTo(current.schedule());
		assertThat(revised.anchor()).isEqualTo(Anchor.COMPLETION);
	}

	@Test
	void aRemovedFieldTakesItsDefaultAndARemovedZoneTheCallers() {
		var revised = new ReviseSeries(null, new Change<>(null), new Change<>(null), new Change<>(null), null, null,
				new Change<>(null), new Change<>(null), new Change<>(null), CALLERS_ZONE)
			.applyTo(current);

		assertThat(revised.template()).isEqualTo(SeriesTemplate.of("Water the plants", null, null, null));
		assertThat(revised.schedule().zone()).isEqualTo(CALLERS_ZONE);
		assertThat(revised.schedule().exdates()).isEmpty();
		assertThat(revised.anchor()).isEqualTo(Anchor.SCHEDULE);
	}

	@Test
	void theRevisedSeriesIsCheckedAsAWholeNamingEveryWrongField() {
		var broken = revision(new Change<>(" "), new Change<>(null), new Change<>("2026-12-01"),
				new Change<>("Mars/Olympus"));

		assertThatExceptionOfType(InvalidSeriesException.class).isThrownBy(() -> broken.applyTo(current))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidRecurrenceException::field)
				.containsExactly("title", "rrule", "timeZone"));
	}

	@Test
	void aKeptFieldIsCheckedWithTheChangedOnes() {
		// The kept exdates are timed: an all-day start makes them of the wrong kind.
		var allDay = revision(null, null, new Change<>("2026-12-01"), null);

		assertThatExceptionOfType(InvalidRecurrenceException.class).isThrownBy(() -> allDay.applyTo(current));
	}

	private static ReviseSeries revision(Change<String> title, Change<String> rrule, Change<String> dtstart,
			Change<String> timeZone) {
		return new ReviseSeries(title, null, null, null, rrule, dtstart, timeZone, null, null, CALLERS_ZONE);
	}

}
