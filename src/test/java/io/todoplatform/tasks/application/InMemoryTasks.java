package io.todoplatform.tasks.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import reactor.core.publisher.Mono;

/**
 * The tasks store in memory, with the promises of the real one (owner-scoped lookups,
 * optimistic updates and deletes, one task per occurrence of a series), and another
 * writer who can change a task just before our next writes of it.
 */
class InMemoryTasks implements Tasks {

	private final Map<TaskId, Task> stored = new LinkedHashMap<>();

	private int interleaved;

	private UnaryOperator<Task> theirChange = UnaryOperator.identity();

	/** Stores a task as it is, as if an earlier request had. */
	Task given(Task task) {
		stored.put(task.id(), task);
		return task;
	}

	Optional<Task> stored(TaskId id) {
		return Optional.ofNullable(stored.get(id));
	}

	int count() {
		return stored.size();
	}

	/**
	 * The next {@code updates} updates find the task changed by someone else meanwhile.
	 */
	void loseRaces(int updates) {
		interleave(updates, task -> new Task(task.id(), task.owner(), task.details(), task.status(), task.series(),
				task.createdAt(), task.updatedAt(), task.completedAt(), task.version() + 1));
	}

	/**
	 * Another writer makes {@code change} to the task just before each of our next
	 * {@code writes} writes of it.
	 */
	void interleave(int writes, UnaryOperator<Task> change) {
		interleaved = writes;
		theirChange = change;
	}

	@Override
	public Mono<Task> insert(Task task) {
		return Mono.fromSupplier(() -> given(task));
	}

	@Override
	public Mono<Boolean> insertOccurrence(Task task) {
		return Mono.fromSupplier(() -> {
			var taken = stored.values()
				.stream()
				.anyMatch(other -> other.id().equals(task.id())
						|| other.series() != null && other.series().equals(task.series()));
			if (!taken) {
				given(task);
			}
			return !taken;
		});
	}

	@Override
	public Mono<Task> update(Task task) {
		return Mono.fromSupplier(() -> {
			var current = theyWriteFirst(task.id());
			return current == null || current.version() != task.version() - 1 ? null : given(task);
		});
	}

	@Override
	public Mono<Task> find(Owner owner, TaskId id) {
		return Mono.fromSupplier(() -> stored(id).filter(task -> task.owner().equals(owner)).orElse(null));
	}

	@Override
	public Mono<Task> latestOccurrence(Owner owner, UUID seriesId) {
		return Mono.fromSupplier(() -> stored.values()
			.stream()
			.filter(task -> task.owner().equals(owner) && task.series() != null
					&& task.series().seriesId().equals(seriesId))
			.reduce((earlier, later) -> later)
			.orElse(null));
	}

	@Override
	public Mono<Task> delete(Task task) {
		return Mono.fromSupplier(() -> {
			var current = theyWriteFirst(task.id());
			var unchanged = current != null && current.owner().equals(task.owner())
					&& current.version() == task.version();
			return unchanged ? stored.remove(task.id()) : null;
		});
	}

	private Task theyWriteFirst(TaskId id) {
		var current = stored.get(id);
		if (current != null && interleaved > 0) {
			interleaved--;
			return given(theirChange.apply(current));
		}
		return current;
	}

	/**
	 * Filters by owner, status, series and overdue only: what the use cases decide, not
	 * the store's search.
	 */
	@Override
	public Mono<TaskPage> find(Owner owner, TaskQuery query, Instant now) {
		return Mono.fromSupplier(() -> {
			var matching = stored.values()
				.stream()
				.filter(task -> task.owner().equals(owner))
				.filter(task -> query.status() == null || task.status() == query.status())
				.filter(task -> query.seriesId() == null
						|| task.series() != null && Objects.equals(task.series().seriesId(), query.seriesId()))
				.filter(task -> !query.overdue() || task.isOverdue(now))
				.sorted(Comparator.comparing(Task::createdAt))
				.toList();
			var page = matching.stream().skip(query.offset()).limit(query.size()).toList();
			return new TaskPage(page, query.page(), query.size(), matching.size());
		});
	}

}
