package io.todoplatform.notifications.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.todoplatform.notifications.application.port.in.KeepRemindersInStep;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.notifications.domain.Retention;
import io.todoplatform.notifications.domain.TaskSnapshot;
import io.todoplatform.storage.OptimisticLocking;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class KeepingRemindersInStep implements KeepRemindersInStep {

	/**
	 * A change of a reminder that lost the race against another change is decided again
	 * this often.
	 */
	private static final int CONFLICT_RETRIES = 3;

	private final TaskSnapshots snapshots;

	private final Reminders reminders;

	private final ReminderEvents events;

	private final Retention retention;

	private final Clock clock;

	KeepingRemindersInStep(TaskSnapshots snapshots, Reminders reminders, ReminderEvents events, Retention retention,
			Clock clock) {
		this.snapshots = snapshots;
		this.reminders = reminders;
		this.events = events;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Mono<Void> taskChanged(TaskSnapshot task, List<WantedReminder> wanted) {
		return snapshots.find(task.taskId())
			.map(known -> known.isReplacedBy(task))
			.defaultIfEmpty(true)
			.filter(newer -> newer)
			.flatMap(newer -> snapshots.save(task)
				.then(reminders.ofTask(task.taskId()).collectList())
				.flatMapMany(existing -> reconcile(task, task.wantsReminders() ? wanted : List.of(), existing))
				.then());
	}

	/**
	 * Schedules what the task wants and does not have at that time yet; cancels what it
	 * no longer wants. A reminder not on record whose time is past the retention horizon
	 * was sent and pruned long ago: it is not sent again.
	 */
	private Flux<Reminder> reconcile(TaskSnapshot task, List<WantedReminder> wanted, List<Reminder> existing) {
		var now = clock.instant();
		var left = new HashMap<ReminderId, Reminder>();
		existing.forEach(reminder -> left.put(reminder.id(), reminder));
		var changes = Flux.fromIterable(wanted).concatMap(want -> {
			var id = ReminderId.of(task.taskId(), want.rule());
			return keep(id, left.remove(id), before -> {
				if (before == null) {
					return retention.forgets(want.fireAt(), now) ? null
							: Reminder.scheduled(task.owner(), task.taskId(), want.rule(), want.fireAt(), now);
				}
				return before.wanted(want.fireAt(), now);
			});
		});
		var cancellations = Flux.fromIterable(left.values())
			.filter(reminder -> reminder.status() == ReminderStatus.SCHEDULED)
			.concatMap(
					reminder -> keep(reminder.id(), reminder, before -> before == null ? null : before.cancelled(now)));
		return changes.concatWith(cancellations);
	}

	/**
	 * Writes what the task wants of one reminder, decided on the reminder as read with
	 * the others ({@code known}). When a snooze, a delivery's outcome or a claim changed
	 * it since, the task's wish is decided again on that newer state rather than given
	 * up: it still holds (a moved due time overrides a snooze, a completed task cancels a
	 * snoozed reminder), and deciding again leaves alone what it would not have touched
	 * (a reminder sent meanwhile).
	 * @param decide the reminder as the task wants it, given the one on record (null for
	 * none); the same one, or null, when there is nothing to write
	 */
	private Mono<Reminder> keep(ReminderId id, @Nullable Reminder known,
			Function<@Nullable Reminder, @Nullable Reminder> decide) {
		var reads = new AtomicInteger();
		var attempt = Mono
			.defer(() -> (reads.getAndIncrement() == 0 ? Mono.justOrEmpty(known) : reminders.find(id)).map(Optional::of)
				.defaultIfEmpty(Optional.empty()))
			.flatMap(before -> {
				var after = decide.apply(before.orElse(null));
				return after == null || after == before.orElse(null) ? Mono.<Reminder>empty()
						: OptimisticLocking.won(reminders.save(after));
			});
		return OptimisticLocking
			.retried(attempt, CONFLICT_RETRIES,
					() -> new IllegalStateException("Reminder " + id + " kept changing while its task changed"))
			.flatMap(saved -> (saved.status() == ReminderStatus.CANCELLED ? events.cancelled(saved)
					: events.scheduled(saved))
				.thenReturn(saved));
	}

}
