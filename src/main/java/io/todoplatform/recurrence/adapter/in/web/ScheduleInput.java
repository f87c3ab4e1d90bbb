package io.todoplatform.recurrence.adapter.in.web;

import java.time.Instant;

import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.timerange.TimeRange;

/**
 * Checks the fields of a preview request that are not a schedule's.
 */
final class ScheduleInput {

	private ScheduleInput() {
	}

	/** The moment a preview starts after: one the schedule can compute with. */
	static Instant after(Instant moment) {
		if (!TimeRange.contains(moment)) {
			throw new InvalidRecurrenceException("after", TimeRange.INSTANTS);
		}
		return moment;
	}

}
