package io.todoplatform.recurrence.domain;

import java.util.NoSuchElementException;

import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;

/**
 * lib-recur's instances of a rule, as wall-clock milliseconds, with the week numbers
 * corrected ({@link WeekNumbers}). They end where lib-recur gives up: it throws
 * IllegalArgumentException after 4320 intervals without an instance,
 * IllegalStateException when BYSETPOS picks from too many empty sets.
 */
final class RuleInstances {

	private @Nullable RecurrenceRuleIterator iterator;

	private final @Nullable WeekNumbers weeks;

	RuleInstances(RecurrenceRuleIterator iterator, @Nullable WeekNumbers weeks) {
		this.iterator = iterator;
		this.weeks = weeks;
		settle();
	}

	boolean hasNext() {
		return iterator != null && iterator.hasNext();
	}

	/** The next instance; only after {@link #hasNext()} said there is one. */
	long peekMillis() {
		return live().peekMillis();
	}

	void skip() {
		guarded(() -> live().skip(1));
		settle();
	}

	/** Past every instance before the given wall-clock time. */
	void fastForward(long millis) {
		guarded(() -> live().fastForward(millis));
		settle();
	}

	/** Past the instances in weeks the rule does not name. */
	private void settle() {
		while (weeks != null && hasNext()
				&& !weeks.contain(FloatingTime.wallClock(Math.floorDiv(live().peekMillis(), 1000)).toLocalDate())) {
			guarded(() -> live().skip(1));
		}
	}

	private void guarded(Runnable step) {
		try {
			step.run();
		}
		catch (IllegalArgumentException | IllegalStateException gaveUp) {
			iterator = null;
		}
	}

	private RecurrenceRuleIterator live() {
		var instances = iterator;
		if (instances == null) {
			throw new NoSuchElementException();
		}
		return instances;
	}

}
