package io.todoplatform.recurrence.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;

/**
 * The users, time and series the recurrence use-case tests share: series start on 1
 * December 2026 at 09:00 UTC.
 */
final class SeriesFixture {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	static final Owner ALICE = new Owner("alice");
	static final Owner BOB = new Owner("bob");
	static final SeriesTemplate TEMPLATE = SeriesTemplate.of("Water the plants", null, null, null);
	static final String FIRST = "2026-12-01T09:00:00+00:00";
	static final String SECOND = "2026-12-02T09:00:00+00:00";

	private SeriesFixture() {
	}

	static RecurrenceSchedule schedule(String rule, String... exdates) {
		return RecurrenceSchedule.of(RecurrenceRule.parse(rule), SeriesStart.parse("dtstart", "2026-12-01T09:00:00"),
				ZoneOffset.UTC,
				Arrays.stream(exdates).map(date -> SeriesStart.parse("exdates", date)).collect(Collectors.toSet()));
	}

	/** A series of {@code owner}'s that has just asked for its first occurrence. */
	static Series started(Owner owner, String rule, Anchor anchor) {
		return Series.start(owner, TEMPLATE, schedule(rule), anchor, NOW).series();
	}

}
