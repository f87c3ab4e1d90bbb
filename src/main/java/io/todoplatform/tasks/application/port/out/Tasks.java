package io.todoplatform.tasks.application.port.out;

import java.time.Instant;
import java.util.UUID;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import reactor.core.publisher.Mono;

/**
 * All users' tasks. Every lookup names the owner, and the store applies it in the query
 * itself.
 */
public interface Tasks {

	Mono<Task> insert(Task task);

	/**
	 * Stores an occurrence of a series unless the series already has a task for that
	 * occurrence (or one with its id).
	 * @return whether the task was stored
	 */
	Mono<Boolean> insertOccurrence(Task task);

	/**
	 * Stores a changed task if it is still at {@code task.version() - 1}; empty if
	 * another change came first.
	 */
	Mono<Task> update(Task task);

	Mono<Task> find(Owner owner, TaskId id);

	/**
	 * The occurrence of a series that was stored last, whatever its status; empty if the
	 * owner has none. A series asks for its occurrences one after another, so this is the
	 * one before the occurrence asked for next.
	 */
	Mono<Task> latestOccurrence(Owner owner, UUID seriesId);

	/**
	 * Deletes the task if it is still at {@code task.version()}, so that a change which
	 * came first is not deleted unseen; empty if the task is gone or another change came
	 * first.
	 */
	Mono<Task> delete(Task task);

	/**
	 * @param now the instant that decides which tasks are overdue
	 */
	Mono<TaskPage> find(Owner owner, TaskQuery query, Instant now);

}
