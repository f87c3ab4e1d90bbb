package io.todoplatform.tasks.application;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.todoplatform.tasks.application.port.in.ManageTasks;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

@Service
class ManagingTasks implements ManageTasks {

	/** A change that lost a race against another change is re-applied to the newer state this often. */
	private static final int CONFLICT_RETRIES = 3;

	private final Tasks tasks;
	private final Clock clock;

	ManagingTasks(Tasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public Mono<Task> create(Owner owner, TaskDetails details) {
		return tasks.insert(Task.create(owner, details, clock.instant()));
	}

	@Override
	public Mono<Task> revise(Owner owner, TaskId id, @Nullable Long expectedVersion,
			Function<Task, TaskDetails> revision) {
		return change(owner, id, expectedVersion, task -> task.revise(revision.apply(task), clock.instant()));
	}

	@Override
	public Mono<Task> complete(Owner owner, TaskId id) {
		return change(owner, id, null, task -> task.complete(clock.instant()));
	}

	@Override
	public Mono<Task> reopen(Owner owner, TaskId id) {
		return change(owner, id, null, task -> task.reopen(clock.instant()));
	}

	@Override
	public Mono<Void> delete(Owner owner, TaskId id) {
		return tasks.delete(owner, id)
			.flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(new TaskNotFoundException(id)));
	}

	/**
	 * Applies a change to the current task with optimistic locking. Without an expected version a lost race is retried
	 * on the newer state; with one, it is the caller's conflict to resolve.
	 */
	private Mono<Task> change(Owner owner, TaskId id, @Nullable Long expectedVersion, UnaryOperator<Task> change) {
		return Mono.defer(() -> tasks.find(owner, id)
			.switchIfEmpty(Mono.error(() -> new TaskNotFoundException(id)))
			.flatMap(current -> {
				if (expectedVersion != null && expectedVersion != current.version()) {
					return Mono.error(new TaskVersionMismatchException(expectedVersion, current.version()));
				}
				var changed = change.apply(current);
				return changed == current ? Mono.just(current)
						: tasks.update(changed).switchIfEmpty(Mono.error(() -> new LostUpdate(current.version())));
			}))
			.retryWhen(Retry.max(expectedVersion == null ? CONFLICT_RETRIES : 0).filter(LostUpdate.class::isInstance))
			.onErrorMap(LostUpdate.class, e -> new TaskVersionMismatchException(e.version, e.version + 1));
	}

	private static final class LostUpdate extends RuntimeException {

		private final long version;

		LostUpdate(long version) {
			super(null, null, false, false);
			this.version = version;
		}
	}
}
