package io.todoplatform.recurrence.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;

import io.todoplatform.timerange.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * A schedule's occurrences in order: the rule's wall-clock instances placed in the zone,
 * then UNTIL, COUNT and the exception dates, in that order (RFC 5545 counts before EXDATE
 * removes). These apply here and not in lib-recur, which compares UNTIL in floating time
 * only and cannot fast-forward while counting.
 */
final class Expansion implements Iterator<Occurrence> {

	/**
	 * How far before a moment a fast-forward starts: a wall-clock time before the moment
	 * can fall after it when the clocks skip it, by up to a day (Samoa skipped 30
	 * December 2011).
	 */
	private static final Duration MARGIN = Duration.ofDays(2);

	private final RecurrenceSchedule schedule;

	private final LocalInstances instances;

	private final @Nullable Until until;

	private final int count;

	private int counted;

	private @Nullable Instant latest;

	private @Nullable Occurrence pending;

	private boolean ended;

	private Expansion(RecurrenceSchedule schedule, LocalInstances instances) {
		this.schedule = schedule;
		this.instances = instances;
		this.until = schedule.rule().until().orElse(null);
		this.count = schedule.rule().count().orElse(Integer.MAX_VALUE);
	}

	static Expansion of(RecurrenceSchedule schedule) {
		return new Expansion(schedule, LocalInstances.from(schedule.rule(), schedule.start()));
	}

	/**
	 * The occurrences after a moment. Without COUNT, lib-recur skips ahead to shortly
	 * before it; the instances up to the moment are then skipped, and counted for COUNT,
	 * as numbers on the {@link WallClock}.
	 */
	static Expansion near(RecurrenceSchedule schedule, Instant moment) {
		var zone = schedule.zone();
		var start = schedule.start().in(zone).toInstant();
		if (!moment.isAfter(start)) {
			return of(schedule);
		}
		var rule = schedule.rule();
		var from = moment.minus(MARGIN);
		boolean skipAhead = rule.count().isEmpty() && from.isAfter(start.plus(MARGIN));
		var instances = skipAhead
				? LocalInstances.aheadFrom(rule, schedule.start(), LocalDateTime.ofInstant(from, zone))
				: LocalInstances.from(rule, schedule.start());
		var clock = WallClock.of(zone, (skipAhead ? from : start).minus(MARGIN), moment,
				schedule.start() instanceof SeriesStart.AllDay);
		var skipped = instances.skipUntil(moment, clock);
		var expansion = new Expansion(schedule, instances);
		expansion.counted = skipped.count();
		expansion.latest = skipped.latest();
		return expansion;
	}

	@Override
	public boolean hasNext() {
		if (pending == null && !ended) {
			pending = advance();
			ended = pending == null;
		}
		return pending != null;
	}

	@Override
	public Occurrence next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		var next = pending;
		pending = null;
		return next;
	}

	private @Nullable Occurrence advance() {
		while (instances.hasNext()) {
			var local = instances.next();
			var occurrence = Occurrence.of(local, schedule.zone());
			var instant = occurrence.instant();
			if (latest != null && !instant.isAfter(latest)) {
				continue; // a wall-clock time the clocks skipped, moved onto a moment the
							// series already had
			}
			latest = instant;
			if (endsBefore(local, occurrence)) {
				return null;
			}
			if (!schedule.excludes(instant)) {
				return occurrence;
			}
		}
		return null;
	}

	/**
	 * DTSTART is the first occurrence even if it lies past UNTIL; it counts towards COUNT
	 * like any other. Every series ends with the supported time range, which its
	 * occurrences, as tasks, cannot leave.
	 */
	private boolean endsBefore(SeriesStart local, Occurrence occurrence) {
		boolean pastUntil = until != null && !local.equals(schedule.start()) && until.passedBy(occurrence);
		return pastUntil || !TimeRange.contains(occurrence.instant()) || ++counted > count;
	}

}
