package io.todoplatform.tasks.application;

import static io.todoplatform.tasks.application.TaskFixture.ALICE;
import static io.todoplatform.tasks.application.TaskFixture.BOB;
import static io.todoplatform.tasks.application.TaskFixture.CLOCK;
import static io.todoplatform.tasks.application.TaskFixture.NOW;
import static io.todoplatform.tasks.application.TaskFixture.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.SeriesOccurrence;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskEvent.TaskCreated;
import io.todoplatform.tasks.domain.TaskEvent.TaskDeleted;
import io.todoplatform.tasks.domain.TaskEvent.TaskUpdated;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * What the recurrence module asks of tasks: occurrences created, skipped or removed, each
 * request harmless to repeat.
 */
class FollowingSeriesUnitTests {

	static final UUID SERIES = UUID.fromString("5e7e5000-0000-4000-8000-000000000001");
	static final Instant FIRST_DUE = Instant.parse("2026-12-01T09:00:00Z");
	static final Instant SECOND_DUE = Instant.parse("2026-12-02T09:00:00Z");

	final InMemoryTasks tasks = new InMemoryTasks();

	final RecordedTaskEvents events = new RecordedTaskEvents();

	final FollowingSeries follow = new FollowingSeries(tasks, events, CLOCK);

	@Test
	void anOccurrenceIsCreatedOnceHoweverOftenItIsAskedFor() {
		var id = TaskId.random();
		var occurrence = new SeriesOccurrence(SERIES, "2026-12-01T09:00:00+00:00");

		follow.createOccurrence(id, ALICE, occurrence, details("Water plants", FIRST_DUE, List.of())).block();
		follow.createOccurrence(id, ALICE, occurrence, details("Water plants", FIRST_DUE, List.of())).block();

		var created = tasks.stored(id).orElseThrow();
		assertThat(created.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(created.series()).isEqualTo(occurrence);
		assertThat(tasks.count()).isEqualTo(1);
		assertThat(events.published()).containsExactly(new TaskCreated(created));
	}

	@Test
	void anOccurrenceKeepsTheRemindersOfTheOneBeforeThatCountFromTheDueTime() {
		var relative = new ReminderRule.Before(Duration.ofMinutes(15));
		var fixed = new ReminderRule.At(Instant.parse("2026-12-01T07:00:00Z"));
		var reminded = details("Water plants", FIRST_DUE, List.of(relative, fixed));
		tasks.given(Task.occurrence(TaskId.random(), ALICE, reminded,
				new SeriesOccurrence(SERIES, "2026-12-01T09:00:00+00:00"), NOW));
		var next = TaskId.random();

		follow
			.createOccurrence(next, ALICE, new SeriesOccurrence(SERIES, "2026-12-02T09:00:00+00:00"),
					details("Water plants", SECOND_DUE, List.of()))
			.block();

		assertThat(tasks.stored(next).orElseThrow().details().reminders()).containsExactly(relative);
	}

	@Test
	void skippingAnOpenOccurrenceMarksItSkippedAndPublishesTaskUpdated() {
		var task = tasks.given(occurrence(ALICE));

		follow.skipOccurrence(ALICE, task.id()).block();
		follow.skipOccurrence(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.SKIPPED);
		assertThat(events.kinds()).containsExactly("TaskUpdated");
	}

	@Test
	void aFinishedOrMissingOccurrenceIsNotSkipped() {
		var done = tasks.given(occurrence(ALICE).complete(NOW));

		follow.skipOccurrence(ALICE, done.id()).block();
		follow.skipOccurrence(ALICE, TaskId.random()).block();

		assertThat(tasks.stored(done.id())).contains(done);
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSkipThatLosesARaceIsDecidedAgainOnTheNewerState() {
		var task = tasks.given(occurrence(ALICE));
		tasks.interleave(1, theirs -> theirs.revise(details("Water the garden", FIRST_DUE, List.of()), NOW));

		follow.skipOccurrence(ALICE, task.id()).block();

		var skipped = tasks.stored(task.id()).orElseThrow();
		assertThat(skipped.status()).isEqualTo(TaskStatus.SKIPPED);
		assertThat(skipped.details().title().value()).isEqualTo("Water the garden");
		assertThat(events.published()).containsExactly(new TaskUpdated(skipped));
	}

	@Test
	void anOccurrenceCompletedWhileItIsBeingSkippedIsKept() {
		var task = tasks.given(occurrence(ALICE));
		tasks.interleave(1, theirs -> theirs.complete(NOW));

		follow.skipOccurrence(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id()))
			.hasValueSatisfying(kept -> assertThat(kept.status()).isEqualTo(TaskStatus.COMPLETED));
		assertThat(events.published()).isEmpty();
	}

	@Test
	void aSkipThatKeepsLosingRacesFailsSoThatTheRequestIsDeliveredAgain() {
		var task = tasks.given(occurrence(ALICE));
		tasks.loseRaces(4);

		assertThatIllegalStateException().isThrownBy(() -> follow.skipOccurrence(ALICE, task.id()).block());
		assertThat(events.published()).isEmpty();

		follow.skipOccurrence(ALICE, task.id()).block();
		assertThat(tasks.stored(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.SKIPPED);
	}

	@Test
	void anOpenOccurrenceIsDeletedAndPublishesTaskDeleted() {
		var task = tasks.given(occurrence(ALICE));

		follow.deleteOpenOccurrence(ALICE, task.id()).block();
		follow.deleteOpenOccurrence(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id())).isEmpty();
		assertThat(events.published()).containsExactly(new TaskDeleted(task));
	}

	@Test
	void aCompletedOccurrenceOrAnotherUsersIsNotDeleted() {
		var done = tasks.given(occurrence(ALICE).complete(NOW));
		var others = tasks.given(occurrence(BOB));

		follow.deleteOpenOccurrence(ALICE, done.id()).block();
		follow.deleteOpenOccurrence(ALICE, others.id()).block();

		assertThat(tasks.stored(done.id())).contains(done);
		assertThat(tasks.stored(others.id())).contains(others);
		assertThat(events.published()).isEmpty();
	}

	/**
	 * The open check and the delete are two steps: when the owner completes the
	 * occurrence in between (a series stopped with its open occurrence while its owner
	 * ticks it off), the delete names the version it checked and loses, and the check on
	 * the newer state keeps the completed task.
	 */
	@Test
	void anOccurrenceCompletedWhileItIsBeingDeletedIsKept() {
		var task = tasks.given(occurrence(ALICE));
		tasks.interleave(1, theirs -> theirs.complete(NOW));

		follow.deleteOpenOccurrence(ALICE, task.id()).block();

		assertThat(tasks.stored(task.id()))
			.hasValueSatisfying(kept -> assertThat(kept.status()).isEqualTo(TaskStatus.COMPLETED));
		assertThat(events.published()).isEmpty();
	}

	private static Task occurrence(Owner owner) {
		return Task.occurrence(TaskId.random(), owner, details("Water plants", FIRST_DUE, List.of()),
				new SeriesOccurrence(UUID.randomUUID(), "2026-12-01T09:00:00+00:00"), NOW);
	}

}
