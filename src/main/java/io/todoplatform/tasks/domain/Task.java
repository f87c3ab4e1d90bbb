package io.todoplatform.tasks.domain;

import java.time.Instant;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * One thing a user wants done. Changes return a new state; {@code version} counts them for optimistic locking.
 */
public record Task(TaskId id, Owner owner, TaskDetails details, TaskStatus status, Instant createdAt,
		Instant updatedAt, @Nullable Instant completedAt, long version) implements AggregateRoot<Task, TaskId> {

	public static Task create(Owner owner, TaskDetails details, Instant now) {
		return new Task(TaskId.random(), owner, details, TaskStatus.OPEN, now, now, null, 0);
	}

	@Override
	public TaskId getId() {
		return id;
	}

	public Task revise(TaskDetails revised, Instant now) {
		return revised.equals(details) ? this
				: new Task(id, owner, revised, status, createdAt, now, completedAt, version + 1);
	}

	/** Completing a completed task changes nothing. */
	public Task complete(Instant now) {
		return status == TaskStatus.COMPLETED ? this
				: new Task(id, owner, details, TaskStatus.COMPLETED, createdAt, now, now, version + 1);
	}

	/** Reopening an open task changes nothing. */
	public Task reopen(Instant now) {
		return status == TaskStatus.OPEN ? this
				: new Task(id, owner, details, TaskStatus.OPEN, createdAt, now, null, version + 1);
	}

	public boolean isOverdue(Instant now) {
		var due = details.due();
		return status == TaskStatus.OPEN && due != null && due.deadline(details.timeZone()).isBefore(now);
	}
}
