package io.todoplatform.tasks.application;

import static io.todoplatform.tasks.application.TaskFixture.ALICE;
import static io.todoplatform.tasks.application.TaskFixture.BOB;
import static io.todoplatform.tasks.application.TaskFixture.CLOCK;
import static io.todoplatform.tasks.application.TaskFixture.NOW;
import static io.todoplatform.tasks.application.TaskFixture.details;
import static io.todoplatform.tasks.application.TaskFixture.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.todoplatform.tasks.application.port.in.TaskConflictException;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.domain.InvalidTaskException;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskEvent.TaskCreated;
import io.todoplatform.tasks.domain.TaskEvent.TaskDeleted;
import io.todoplatform.tasks.domain.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * Creating, revising, completing, reopening and deleting one's own tasks, and what each
 * tells other modules.
 */
class ManagingTasksUnitTests {

	final InMemoryTasks tasks = new InMemoryTasks();

	final RecordedTaskEvents events = new RecordedTaskEvents();

	final ManagingTasks manage = new ManagingTasks(tasks, events, CLOCK);

	@Test
	void creatingATaskStoresItOpenAndPublishesTaskCreated() {
		var created = manage.create(ALICE, details("Buy milk")).block();

		assertThat(created.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(created.createdAt()).isEqualTo(NOW);
		assertThat(tasks.stored(created.id())).contains(created);
		assertThat(events.published()).containsExactly(new TaskCreated(created));
	}

	@Test
	void completingATaskPublishesTaskCompleted() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW.minusSeconds(60)));

		var completed = manage.complete(ALICE, task.id()).block();

		assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(completed.completedAt()).isEqualTo(NOW);
		assertThat(completed.version()).isEqualTo(1);
		assertThat(events.kinds()).containsExactly("TaskCompleted");
	}

	@Test
	void completingACompletedTaskAgainChangesNothingAndPublishesNothing() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW).complete(NOW));

		var again = manage.complete(ALICE, task.id()).block();

		assertThat(again).isEqualTo(task);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void reopeningACompletedTaskPublishesTaskReopenedAndReopeningAnOpenOneNothing() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW).complete(NOW));

		var reopened = manage.reopen(ALICE, task.id()).block();
		manage.reopen(ALICE, task.id()).block();

		assertThat(reopened.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(reopened.completedAt()).isNull();
		assertThat(events.kinds()).containsExactly("TaskReopened");
	}

	@Test
	void revisingATaskPublishesTaskUpdatedButTheSameDetailsChangeNothing() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		var revised = manage.revise(ALICE, task.id(), 0L, retitled("Buy oat milk")).block();
		manage.revise(ALICE, task.id(), null, retitled("Buy oat milk")).block();

		assertThat(revised.details().title().value()).isEqualTo("Buy oat milk");
		assertThat(revised.updatedAt()).isEqualTo(NOW);
		assertThat(tasks.stored(task.id())).contains(revised);
		assertThat(events.kinds()).containsExactly("TaskUpdated");
	}

	@Test
	void aRevisionOfAnOutdatedVersionIsRefusedNamingTheCurrentOne() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW).complete(NOW));

		var revising = manage.revise(ALICE, task.id(), 0L, retitled("Buy oat milk"));

		assertThatExceptionOfType(TaskVersionMismatchException.class).isThrownBy(revising::block)
			.withMessage("The task is at version 1, not 0");
		assertThat(tasks.stored(task.id())).contains(task);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aRevisionTheDetailsRefuseChangesNothing() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		var revising = manage.revise(ALICE, task.id(), null, retitled(" "));

		assertThatExceptionOfType(InvalidTaskException.class).isThrownBy(revising::block);
		assertThat(tasks.stored(task.id())).contains(task);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void anotherUsersTaskIsNotFound() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		assertThatExceptionOfType(TaskNotFoundException.class)
			.isThrownBy(() -> manage.complete(BOB, task.id()).block());
		assertThatExceptionOfType(TaskNotFoundException.class)
			.isThrownBy(() -> manage.revise(BOB, task.id(), null, retitled("Mine")).block());
		assertThatExceptionOfType(TaskNotFoundException.class).isThrownBy(() -> manage.delete(BOB, task.id()).block());
		assertThat(tasks.stored(task.id())).contains(task);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void deletingATaskPublishesTaskDeletedWithTheTaskAsItWas() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		manage.delete(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id())).isEmpty();
		assertThat(events.published()).containsExactly(new TaskDeleted(task));
		assertThatExceptionOfType(TaskNotFoundException.class)
			.isThrownBy(() -> manage.delete(ALICE, task.id()).block());
	}

	@Test
	void deletingATaskChangedMeanwhileDeletesTheNewerStateAndSaysSo() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));
		tasks.interleave(1, theirs -> theirs.complete(NOW));

		manage.delete(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id())).isEmpty();
		assertThat(events.published()).singleElement().isEqualTo(new TaskDeleted(task.complete(NOW)));
	}

	@Test
	void aChangeThatLosesARaceIsAppliedToTheNewerState() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));
		tasks.loseRaces(1);

		var completed = manage.complete(ALICE, task.id()).block();

		assertThat(completed.version()).isEqualTo(2);
		assertThat(tasks.stored(task.id())).contains(completed);
		assertThat(events.kinds()).containsExactly("TaskCompleted");
	}

	@Test
	void aRevisionThatKeepsLosingTheRaceEndsAsAConflict() {
		var task = tasks.given(Task.create(ALICE, details("first"), NOW));
		tasks.loseRaces(Integer.MAX_VALUE);

		var revising = manage.revise(ALICE, task.id(), null, retitled("mine"));

		assertThatExceptionOfType(TaskConflictException.class).isThrownBy(revising::block);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aConditionalRevisionThatLosesTheRaceIsStaleWithoutGuessingTheNewVersion() {
		var task = tasks.given(Task.create(ALICE, details("first"), NOW));
		tasks.loseRaces(Integer.MAX_VALUE);

		var revising = manage.revise(ALICE, task.id(), 0L, retitled("mine"));

		assertThatExceptionOfType(TaskVersionMismatchException.class).isThrownBy(revising::block)
			.withMessage("The task changed meanwhile: it is no longer at version 0");
	}

}
