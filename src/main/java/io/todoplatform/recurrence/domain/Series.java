package io.todoplatform.recurrence.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.todoplatform.recurrence.domain.SeriesEvent.Cause;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceDue;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceSkipped;
import io.todoplatform.recurrence.domain.SeriesEvent.SeriesStopped;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A recurring task: a template and a schedule, with exactly one current occurrence while
 * it is active. Completing, skipping or deleting the current occurrence moves the series
 * on; anything about an older occurrence changes nothing, which makes repeated and late
 * reports harmless.
 *
 * @param generated how many occurrences the series has asked for so far
 * @param current the latest occurrence asked for (the open one while the series is
 * active)
 */
public record Series(SeriesId id, Owner owner, SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor,
		boolean active, int generated, Occurrence current, Instant createdAt, Instant updatedAt,
		long version) implements AggregateRoot<Series, SeriesId> {

	/** A change to a series, and what it asks of the tasks module. */
	public record Changed(Series series, List<SeriesEvent> events) {
	}

	public static Changed start(Owner owner, SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor,
			Instant now) {
		var first = schedule.first(1)
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidRecurrenceException("rrule", "the rule yields no occurrence at all"));
		var series = new Series(SeriesId.random(), owner, template, schedule, anchor, true, 1, first, now, now, 0);
		return new Changed(series,
				List.of(new OccurrenceDue(series, first, series.taskIdOf(first), Cause.CREATED, now)));
	}

	/**
	 * Rebuilds a stored series; the current occurrence is stored as its wall-clock start.
	 */
	public static Series restore(SeriesId id, Owner owner, SeriesTemplate template, RecurrenceSchedule schedule,
			Anchor anchor, boolean active, int generated, SeriesStart current, Instant createdAt, Instant updatedAt,
			long version) {
		return new Series(id, owner, template, schedule, anchor, active, generated,
				Occurrence.of(current, schedule.zone()), createdAt, updatedAt, version);
	}

	@Override
	public SeriesId getId() {
		return id;
	}

	/**
	 * The task of an occurrence has an id derived from both, so asking for it twice names
	 * the same task.
	 */
	public UUID taskIdOf(Occurrence occurrence) {
		return UUID.nameUUIDFromBytes((id + "/" + occurrence.iso()).getBytes(StandardCharsets.UTF_8));
	}

	public UUID currentTaskId() {
		return taskIdOf(current);
	}

	public Changed occurrenceCompleted(String occurrence, Instant completedAt) {
		return isCurrent(occurrence) ? advance(completedAt, Cause.COMPLETED, List.of()) : unchanged();
	}

	/**
	 * A deleted open occurrence is passed over, as if skipped, so the series does not
	 * stall.
	 */
	public Changed occurrenceDeleted(String occurrence, Instant now) {
		return isCurrent(occurrence) ? advance(now, Cause.DELETED, List.of()) : unchanged();
	}

	public Changed skip(Instant now) {
		if (!active) {
			throw new SeriesNotActiveException(id);
		}
		return advance(now, Cause.SKIPPED, List.of(new OccurrenceSkipped(this, current, currentTaskId())));
	}

	/**
	 * Stopping a stopped series changes nothing but may still remove the open occurrence.
	 */
	public Changed stop(boolean deleteOpenInstance, Instant now) {
		var stopped = active ? with(false, generated, current, now) : this;
		return new Changed(stopped, List.of(new SeriesStopped(stopped, currentTaskId(), deleteOpenInstance)));
	}

	/**
	 * New occurrences follow the revised template and schedule; the current one stays as
	 * it is.
	 */
	public Series revise(SeriesTemplate newTemplate, RecurrenceSchedule newSchedule, Anchor newAnchor, Instant now) {
		return new Series(id, owner, newTemplate, newSchedule, newAnchor, active, generated, current, createdAt, now,
				version + 1);
	}

	/**
	 * The occurrences after the current one, as the schedule stands (for COMPLETION: if
	 * done on time).
	 */
	public List<Occurrence> upcoming(int limit) {
		if (!active) {
			return List.of();
		}
		var remaining = schedule.rule().count().stream().map(count -> count - generated).findFirst().orElse(limit);
		return scheduleFrom(current.instant()).after(current.instant(), Math.max(0, Math.min(limit, remaining)));
	}

	private boolean isCurrent(String occurrence) {
		return active && current.iso().equals(occurrence);
	}

	private Changed advance(Instant at, Cause cause, List<SeriesEvent> before) {
		var next = next(at);
		if (next.isEmpty()) {
			return new Changed(with(false, generated, current, at), before);
		}
		var moved = with(true, generated + 1, next.get(), at);
		var events = new ArrayList<>(before);
		events.add(new OccurrenceDue(moved, next.get(), moved.taskIdOf(next.get()), cause, at));
		return new Changed(moved, List.copyOf(events));
	}

	/**
	 * SCHEDULE: the rule's next date after the current one (COUNT, UNTIL and EXDATE apply
	 * as the rule says). COMPLETION: the rule restarted on the day it was done; COUNT
	 * then limits the number of occurrences generated.
	 */
	private Optional<Occurrence> next(Instant at) {
		if (anchor == Anchor.SCHEDULE) {
			return schedule.after(current.instant(), 1).stream().findFirst();
		}
		var count = schedule.rule().count();
		if (count.isPresent() && generated >= count.getAsInt()) {
			return Optional.empty();
		}
		return scheduleFrom(at).after(at, 1).stream().findFirst();
	}

	private RecurrenceSchedule scheduleFrom(Instant at) {
		return anchor == Anchor.SCHEDULE ? schedule
				: schedule.restartedOn(at.atZone(schedule.zone()).toLocalDate()).withoutCount();
	}

	private Series with(boolean isActive, int generatedSoFar, Occurrence latest, Instant now) {
		return new Series(id, owner, template, schedule, anchor, isActive, generatedSoFar, latest, createdAt, now,
				version + 1);
	}

	private Changed unchanged() {
		return new Changed(this, List.of());
	}
}
