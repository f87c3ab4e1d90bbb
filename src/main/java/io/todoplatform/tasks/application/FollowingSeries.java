package io.todoplatform.tasks.application;

import java.time.Clock;

import io.todoplatform.storage.OptimisticLocking;
import io.todoplatform.tasks.application.port.in.FollowSeries;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.SeriesOccurrence;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskEvent.TaskCreated;
import io.todoplatform.tasks.domain.TaskEvent.TaskDeleted;
import io.todoplatform.tasks.domain.TaskEvent.TaskUpdated;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

@Service
class FollowingSeries implements FollowSeries {

	/**
	 * A skip or deletion that lost the race against the owner's change is decided again
	 * on the newer state this often.
	 */
	private static final int CONFLICT_RETRIES = 3;

	private final Tasks tasks;

	private final TaskEvents events;

	private final Clock clock;

	FollowingSeries(Tasks tasks, TaskEvents events, Clock clock) {
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Mono<Boolean> createOccurrence(TaskId id, Owner owner, SeriesOccurrence series, TaskDetails details) {
		return tasks.latestOccurrence(owner, series.seriesId())
			.map(earlier -> details.withRelativeRemindersOf(earlier.details()))
			.defaultIfEmpty(details)
			.map(reminded -> Task.occurrence(id, owner, reminded, series, clock.instant()))
			.flatMap(task -> tasks.insertOccurrence(task)
				.flatMap(inserted -> inserted ? events.publish(new TaskCreated(task)).thenReturn(true)
						: Mono.just(false)));
	}

	@Override
	@Transactional
	public Mono<Void> skipOccurrence(Owner owner, TaskId id) {
		var attempt = tasks.find(owner, id).flatMap(task -> {
			var skipped = task.skip(clock.instant());
			return skipped == task ? Mono.empty() : OptimisticLocking.won(tasks.update(skipped));
		}).flatMap(saved -> events.publish(new TaskUpdated(saved)));
		// An owner's change that came first is decided on again rather than failed: an
		// occurrence still open (renamed, say) is skipped, one completed meanwhile is
		// kept as it is.
		return OptimisticLocking.retried(attempt, CONFLICT_RETRIES,
				() -> new IllegalStateException("Task " + id + " kept changing while it was skipped with its series"));
	}

	@Override
	@Transactional
	public Mono<Void> deleteOpenOccurrence(Owner owner, TaskId id) {
		var attempt = tasks.find(owner, id)
			.filter(task -> task.status() == TaskStatus.OPEN)
			.flatMap(task -> OptimisticLocking.won(tasks.delete(task)))
			.flatMap(deleted -> events.publish(new TaskDeleted(deleted)));
		// An owner's change that came first is decided on again rather than failed: an
		// occurrence still open (renamed, say) is deleted, one completed or skipped
		// meanwhile is kept, which is why the open check runs again.
		return OptimisticLocking.retried(attempt, CONFLICT_RETRIES,
				() -> new IllegalStateException("Task " + id + " kept changing while it was deleted with its series"));
	}

}
