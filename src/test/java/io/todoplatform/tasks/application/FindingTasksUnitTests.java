package io.todoplatform.tasks.application;

import static io.todoplatform.tasks.application.TaskFixture.ALICE;
import static io.todoplatform.tasks.application.TaskFixture.BOB;
import static io.todoplatform.tasks.application.TaskFixture.CLOCK;
import static io.todoplatform.tasks.application.TaskFixture.NOW;
import static io.todoplatform.tasks.application.TaskFixture.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskQuery;
import org.junit.jupiter.api.Test;

/**
 * Reading one's own tasks: one by id, or a page of a list.
 */
class FindingTasksUnitTests {

	final InMemoryTasks tasks = new InMemoryTasks();

	final FindingTasks find = new FindingTasks(tasks, CLOCK);

	@Test
	void aTaskIsReadBackByItsOwner() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		assertThat(find.get(ALICE, task.id()).block()).isEqualTo(task);
	}

	@Test
	void anotherUsersTaskIsNotFound() {
		var task = tasks.given(Task.create(ALICE, details("Buy milk"), NOW));

		assertThatExceptionOfType(TaskNotFoundException.class).isThrownBy(() -> find.get(BOB, task.id()).block())
			.withMessage("You have no task " + task.id());
	}

	@Test
	void aTaskThatNeverExistedIsNotFound() {
		assertThatExceptionOfType(TaskNotFoundException.class)
			.isThrownBy(() -> find.get(ALICE, TaskId.random()).block());
	}

	@Test
	void aListHoldsOnlyTheOwnersTasks() {
		var mine = tasks.given(Task.create(ALICE, details("Mine"), NOW));
		tasks.given(Task.create(BOB, details("His"), NOW));

		var page = find.find(ALICE, query(false)).block();

		assertThat(page.items()).containsExactly(mine);
		assertThat(page.totalItems()).isEqualTo(1);
	}

	@Test
	void overdueMeansDueBeforeTheClocksNow() {
		var late = tasks.given(Task.create(ALICE, details("Late", NOW.minus(Duration.ofMinutes(1)), List.of()), NOW));
		tasks.given(Task.create(ALICE, details("In time", NOW.plus(Duration.ofMinutes(1)), List.of()), NOW));

		assertThat(find.find(ALICE, query(true)).block().items()).containsExactly(late);
	}

	private static TaskQuery query(boolean overdue) {
		return new TaskQuery(null, null, null, Set.of(), Set.of(), null, null, overdue, List.of(), 0,
				TaskQuery.DEFAULT_SIZE);
	}

}
