package io.todoplatform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed events are offered again: after {@code first}, doubling, never more than
 * {@code max} apart. A consumer's transient failure is retried for {@code budget} at
 * most; then the event is set aside, so that the user's later events flow again.
 * Publishing is retried without end: the broker or sidecar being away is everyone's
 * problem, not one event's.
 */
record RetryPolicy(@DefaultValue("100ms") Duration first, @DefaultValue("30s") Duration max,
		@DefaultValue("10m") Duration budget) {

	RetryPolicy {
		if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || budget.isNegative()) {
			throw new IllegalArgumentException("todo.events.retry: need 0 < first <= max and a budget >= 0, not "
					+ first + ", " + max + ", " + budget);
		}
	}

	/**
	 * The pause before attempt {@code failures + 1}, after {@code failures} failed ones.
	 */
	Duration after(int failures) {
		var shift = Math.min(Math.max(failures - 1, 0), 30);
		var delay = first.multipliedBy(1L << shift);
		return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
	}
}
