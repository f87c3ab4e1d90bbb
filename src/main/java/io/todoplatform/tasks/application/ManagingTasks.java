package io.todoplatform.tasks.application;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.todoplatform.storage.OptimisticLocking;
import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.application.port.in.ReviseTask;
import io.todoplatform.tasks.application.port.in.TaskConflictException;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskEvent;
import io.todoplatform.tasks.domain.TaskEvent.TaskCompleted;
import io.todoplatform.tasks.domain.TaskEvent.TaskCreated;
import io.todoplatform.tasks.domain.TaskEvent.TaskDeleted;
import io.todoplatform.tasks.domain.TaskEvent.TaskReopened;
import io.todoplatform.tasks.domain.TaskEvent.TaskUpdated;
import io.todoplatform.tasks.domain.TaskId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

@Service
class ManagingTasks implements ManageTasks {

	/**
	 * A change that lost a race against another change is re-applied to the newer state
	 * this often.
	 */
	private static final int CONFLICT_RETRIES = 3;

	private final Tasks tasks;

	private final TaskEvents events;

	private final Clock clock;

	ManagingTasks(Tasks tasks, TaskEvents events, Clock clock) {
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Mono<Task> create(Owner owner, TaskDetails details) {
		return tasks.insert(Task.create(owner, details, clock.instant()))
			.flatMap(task -> events.publish(new TaskCreated(task)).thenReturn(task));
	}

	@Override
	@Transactional
	public Mono<Task> revise(Owner owner, TaskId id, @Nullable Long expectedVersion, ReviseTask revision) {
		return change(owner, id, expectedVersion,
				task -> task.revise(revision.applyTo(task.details()), clock.instant()), TaskUpdated::new);
	}

	@Override
	@Transactional
	public Mono<Task> complete(Owner owner, TaskId id) {
		return change(owner, id, null, task -> task.complete(clock.instant()), TaskCompleted::new);
	}

	@Override
	@Transactional
	public Mono<Task> reopen(Owner owner, TaskId id) {
		return change(owner, id, null, task -> task.reopen(clock.instant()), TaskReopened::new);
	}

	@Override
	@Transactional
	public Mono<Void> delete(Owner owner, TaskId id) {
		// The owner wants it gone whatever changed meanwhile: a lost race deletes the
		// newer state, as the event says.
		var attempt = tasks.find(owner, id)
			.switchIfEmpty(Mono.error(() -> new TaskNotFoundException(id)))
			.flatMap(task -> OptimisticLocking.won(tasks.delete(task)))
			.flatMap(deleted -> events.publish(new TaskDeleted(deleted)));
		return OptimisticLocking.retried(attempt, CONFLICT_RETRIES, () -> new TaskConflictException(id));
	}

	/**
	 * Applies a change to the current task with optimistic locking. Without an expected
	 * version a lost race is retried on the newer state, and a conflict once the retries
	 * are spent; with one, it is the caller's conflict to resolve. A race lost after
	 * reading the expected version does not know the newer version, so it names none.
	 */
	private Mono<Task> change(Owner owner, TaskId id, @Nullable Long expectedVersion, UnaryOperator<Task> change,
			Function<Task, TaskEvent> happened) {
		var attempt = Mono.defer(() -> tasks.find(owner, id)
			.switchIfEmpty(Mono.error(() -> new TaskNotFoundException(id)))
			.flatMap(current -> {
				if (expectedVersion != null && expectedVersion != current.version()) {
					return Mono.error(new TaskVersionMismatchException(expectedVersion, current.version()));
				}
				var changed = change.apply(current);
				return changed == current ? Mono.just(current) : OptimisticLocking.won(tasks.update(changed))
					.flatMap(saved -> events.publish(happened.apply(saved)).thenReturn(saved));
			}));
		return expectedVersion == null
				? OptimisticLocking.retried(attempt, CONFLICT_RETRIES, () -> new TaskConflictException(id))
				: OptimisticLocking.retried(attempt, 0, () -> new TaskVersionMismatchException(expectedVersion));
	}

}
