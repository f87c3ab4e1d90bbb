package io.todoplatform.tasks.application;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.todoplatform.tasks.application.port.in.ReviseTask;
import io.todoplatform.tasks.application.port.in.TaskConflictException;
import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Revising a task that someone else keeps changing: every write loses the race.
 */
class ManagingTasksUnitTests {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
	static final Owner OWNER = new Owner("alice");

	final BusyTasks tasks = new BusyTasks(Task.create(OWNER, details("first"), NOW));
	final ManagingTasks manage = new ManagingTasks(tasks, event -> Mono.empty(), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aRevisionThatKeepsLosingTheRaceEndsAsAConflict() {
		var revising = manage.revise(OWNER, tasks.id(), null, retitled("mine"));

		assertThatExceptionOfType(TaskConflictException.class).isThrownBy(revising::block);
	}

	@Test
	void aConditionalRevisionThatLosesTheRaceIsStaleWithoutGuessingTheNewVersion() {
		var revising = manage.revise(OWNER, tasks.id(), 0L, retitled("mine"));

		assertThatExceptionOfType(TaskVersionMismatchException.class).isThrownBy(revising::block)
			.withMessage("The task changed meanwhile: it is no longer at version 0");
	}

	private static ReviseTask retitled(String title) {
		return new ReviseTask(new ReviseTask.Change<>(title), null, null, null, null, null, null, null, ZoneOffset.UTC);
	}

	private static TaskDetails details(String title) {
		return TaskDetails.of(title, null, null, null, null, null, null, null, ZoneOffset.UTC);
	}

	/** A task another writer changes right after every read, so that no write of ours ever applies. */
	static final class BusyTasks implements Tasks {

		private final AtomicReference<Task> current;

		BusyTasks(Task task) {
			current = new AtomicReference<>(task);
		}

		TaskId id() {
			return current.get().id();
		}

		@Override
		public Mono<Task> find(Owner owner, TaskId id) {
			return Mono.fromSupplier(() -> current.getAndUpdate(task -> task.revise(details("theirs " + task.version()),
					NOW)));
		}

		@Override
		public Mono<Task> update(Task task) {
			return Mono.empty();
		}

		@Override
		public Mono<Task> insert(Task task) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Boolean> insertOccurrence(Task task) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Task> latestOccurrence(Owner owner, UUID seriesId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Boolean> delete(Owner owner, TaskId id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<TaskPage> find(Owner owner, TaskQuery query, Instant now) {
			throw new UnsupportedOperationException();
		}
	}
}
