package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * A rule's instances in wall-clock time, as lib-recur expands them, with DTSTART first
 * whether or not it matches the rule: RFC 5545 makes DTSTART the first instance in any
 * case. Inside, an instance is a {@link FloatingTime} second.
 * <p>
 * They end, rather than fail or run on, where lib-recur gives up (see
 * {@link RuleInstances}, as for {@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30}) and after
 * {@link #LIMIT} instances, so that no expansion is unbounded. The limit is twice
 * {@link RecurrenceRule#MAX_COUNT}: besides the occurrences it counts, a COUNT series can
 * meet at most as many instances that fall on a moment it already had (a wall-clock time
 * the clocks skipped), so the limit never ends a COUNT series before its COUNT does.
 */
final class LocalInstances {

	static final int LIMIT = 2 * RecurrenceRule.MAX_COUNT;

	private final boolean allDay;

	private @Nullable SeriesStart pendingStart;

	private @Nullable RuleInstances rule;

	private int produced;

	private LocalInstances(boolean allDay, @Nullable SeriesStart pendingStart, @Nullable RuleInstances rule) {
		this.allDay = allDay;
		this.pendingStart = pendingStart;
		this.rule = rule;
	}

	/** All instances, DTSTART first. */
	static LocalInstances from(RecurrenceRule rule, SeriesStart start) {
		var instances = rule.instancesFrom(start);
		boolean startIsAnInstance = instances != null && instances.hasNext()
				&& instances.peekMillis() == FloatingTime.second(start) * 1000;
		return new LocalInstances(start instanceof SeriesStart.AllDay, startIsAnInstance ? null : start, instances);
	}

	/**
	 * The instances from a wall-clock time on, without DTSTART; only right for a rule
	 * without COUNT.
	 */
	static LocalInstances aheadFrom(RecurrenceRule rule, SeriesStart start, LocalDateTime from) {
		var instances = rule.instancesFrom(FastForward.closerStart(rule, start, from));
		if (instances != null) {
			instances.fastForward(FloatingTime.second(from) * 1000);
		}
		return new LocalInstances(start instanceof SeriesStart.AllDay, null, instances);
	}

	boolean hasNext() {
		return pendingStart != null || rule != null && rule.hasNext() && produced < LIMIT;
	}

	SeriesStart next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		long second = peekSecond();
		advance();
		return FloatingTime.start(second, allDay);
	}

	/**
	 * Skips the instances that fall on or before a moment, counting the distinct moments
	 * they fall on: an instance the clocks skip can move onto the moment of a later one.
	 * Counting matters for COUNT, which cannot skip ahead.
	 */
	Skipped skipUntil(Instant moment, WallClock clock) {
		int count = 0;
		long latest = Long.MIN_VALUE;
		while (hasNext()) {
			long instant = clock.epochSecond(peekSecond());
			if (instant > moment.getEpochSecond()) {
				break;
			}
			advance();
			if (instant > latest) {
				count++;
				latest = instant;
			}
		}
		return new Skipped(count, count == 0 ? null : Instant.ofEpochSecond(latest));
	}

	/** How many distinct moments were skipped, and the latest of them. */
	record Skipped(int count, @Nullable Instant latest) {
	}

	private long peekSecond() {
		var start = pendingStart;
		return start != null ? FloatingTime.second(start) : Math.floorDiv(rule().peekMillis(), 1000);
	}

	/** Past the instance peeked at. */
	private void advance() {
		if (pendingStart != null) {
			pendingStart = null;
			return;
		}
		produced++;
		rule().skip();
	}

	private RuleInstances rule() {
		var instances = rule;
		if (instances == null) {
			throw new NoSuchElementException();
		}
		return instances;
	}

}
