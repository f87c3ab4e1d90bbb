package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone's wall clock over a period, as numbers: the moment (an epoch second) a
 * wall-clock time given as a {@link FloatingTime} second falls on, by the rules of
 * {@link SeriesStart#in}. Skipping or counting instances with it costs a few comparisons
 * each, instead of placing every one of them in the zone.
 */
final class WallClock {

	/**
	 * A change of offset, with the wall-clock times it skips or repeats: from
	 * {@code start} to {@code end}.
	 */
	private record Change(long start, long end, int offsetBefore, int offsetAfter) {
	}

	private final List<Change> changes;

	private final boolean startOfDay;

	private int offset;

	private int next;

	private WallClock(List<Change> changes, int offset, boolean startOfDay) {
		this.changes = changes;
		this.offset = offset;
		this.startOfDay = startOfDay;
	}

	/**
	 * The wall clock from one moment to another, for times of day or, for all-day series,
	 * for starts of days.
	 */
	static WallClock of(ZoneId zone, Instant from, Instant to, boolean startOfDay) {
		var rules = zone.getRules();
		var changes = new ArrayList<Change>();
		for (var change = rules.nextTransition(from); change != null
				&& !change.getInstant().isAfter(to); change = rules.nextTransition(change.getInstant())) {
			long before = FloatingTime.second(change.getDateTimeBefore());
			long after = FloatingTime.second(change.getDateTimeAfter());
			changes.add(new Change(Math.min(before, after), Math.max(before, after),
					change.getOffsetBefore().getTotalSeconds(), change.getOffsetAfter().getTotalSeconds()));
		}
		return new WallClock(changes, rules.getOffset(from).getTotalSeconds(), startOfDay);
	}

	/**
	 * The epoch second a wall-clock time falls on. A skipped time moves on by the gap,
	 * which is reading it with the offset before the change (a day starting in a gap
	 * starts when the gap ends); a repeated time means the first of the two, which is
	 * also the offset before. Asked in increasing order only.
	 */
	long epochSecond(long floatingSecond) {
		while (next < changes.size() && changes.get(next).end() <= floatingSecond) {
			offset = changes.get(next++).offsetAfter();
		}
		if (next < changes.size() && changes.get(next).start() <= floatingSecond) {
			var change = changes.get(next);
			boolean gap = change.offsetAfter() > change.offsetBefore();
			return (gap && startOfDay ? change.start() : floatingSecond) - change.offsetBefore();
		}
		return floatingSecond - offset;
	}

}
