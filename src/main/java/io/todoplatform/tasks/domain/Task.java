package io.todoplatform.tasks.domain;

import java.time.Instant;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * One thing a user wants done. Changes return a new state; {@code version} counts them
 * for optimistic locking.
 *
 * @param series the recurring series this task is an occurrence of, if any
 */
public record Task(TaskId id, Owner owner, TaskDetails details, TaskStatus status, @Nullable SeriesOccurrence series,
		Instant createdAt, Instant updatedAt, @Nullable Instant completedAt,
		long version) implements AggregateRoot<Task, TaskId> {

	public static Task create(Owner owner, TaskDetails details, Instant now) {
		return new Task(TaskId.random(), owner, details, TaskStatus.OPEN, null, now, now, null, 0);
	}

	/**
	 * An occurrence of a series; its id is chosen by the series so that asking twice
	 * yields the same task.
	 */
	public static Task occurrence(TaskId id, Owner owner, TaskDetails details, SeriesOccurrence series, Instant now) {
		return new Task(id, owner, details, TaskStatus.OPEN, series, now, now, null, 0);
	}

	@Override
	public TaskId getId() {
		return id;
	}

	public Task revise(TaskDetails revised, Instant now) {
		return revised.equals(details) ? this : changed(revised, status, now, completedAt);
	}

	/** Completing a completed task changes nothing. */
	public Task complete(Instant now) {
		return status == TaskStatus.COMPLETED ? this : changed(details, TaskStatus.COMPLETED, now, now);
	}

	/** Reopening an open task changes nothing. */
	public Task reopen(Instant now) {
		return status == TaskStatus.OPEN ? this : changed(details, TaskStatus.OPEN, now, null);
	}

	/**
	 * Only an open task can be skipped; skipping it again, or a finished task, changes
	 * nothing.
	 */
	public Task skip(Instant now) {
		return status != TaskStatus.OPEN ? this : changed(details, TaskStatus.SKIPPED, now, null);
	}

	public boolean isOverdue(Instant now) {
		var due = details.due();
		return status == TaskStatus.OPEN && due != null && due.deadline(details.timeZone()).isBefore(now);
	}

	private Task changed(TaskDetails newDetails, TaskStatus newStatus, Instant now, @Nullable Instant newCompletedAt) {
		return new Task(id, owner, newDetails, newStatus, series, createdAt, now, newCompletedAt, version + 1);
	}
}
