package io.todoplatform.tasks.application.port.in;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Changing one's own tasks. Every method acts only on the owner's tasks: another user's
 * task is not found.
 */
public interface ManageTasks {

	Mono<Task> create(Owner owner, TaskDetails details);

	/**
	 * Revises a task's details from its current state.
	 * @param expectedVersion the version the caller last saw, or {@code null} to revise
	 * whatever is current
	 * @param revision the fields to change, applied to the current details
	 * @throws io.todoplatform.tasks.domain.InvalidTaskException if the revised details
	 * break a rule
	 * @throws TaskNotFoundException if the owner has no such task
	 * @throws TaskVersionMismatchException if {@code expectedVersion} is no longer
	 * current
	 * @throws TaskConflictException if, without an expected version, other changes kept
	 * winning the race
	 */
	Mono<Task> revise(Owner owner, TaskId id, @Nullable Long expectedVersion, ReviseTask revision);

	Mono<Task> complete(Owner owner, TaskId id);

	Mono<Task> reopen(Owner owner, TaskId id);

	Mono<Void> delete(Owner owner, TaskId id);

}
