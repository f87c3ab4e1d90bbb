package io.todoplatform.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.notifications.application.port.in.KeepRemindersInStep;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.notifications.domain.Retention;
import io.todoplatform.notifications.domain.TaskSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class KeepingRemindersInStep implements KeepRemindersInStep {

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
	 * Schedules what the task wants and does not have at that time yet; cancels what it no longer wants. A reminder
	 * not on record whose time is past the retention horizon was sent and pruned long ago: it is not sent again.
	 */
	private Flux<Reminder> reconcile(TaskSnapshot task, List<WantedReminder> wanted, List<Reminder> existing) {
		var now = clock.instant();
		var left = new HashMap<ReminderId, Reminder>();
		existing.forEach(reminder -> left.put(reminder.id(), reminder));
		var changes = Flux.fromIterable(wanted).concatMap(want -> {
			var before = left.remove(ReminderId.of(task.taskId(), want.rule()));
			if (before == null && retention.forgets(want.fireAt(), now)) {
				return Mono.empty();
			}
			var after = before == null ? Reminder.scheduled(task.owner(), task.taskId(), want.rule(), want.fireAt(), now)
					: before.wanted(want.fireAt(), now);
			return after == before ? Mono.<Reminder>empty()
					: reminders.save(after).flatMap(saved -> events.scheduled(saved).thenReturn(saved));
		});
		return changes.concatWith(cancelAll(left, now));
	}

	private Flux<Reminder> cancelAll(Map<ReminderId, Reminder> unwanted, Instant now) {
		return Flux.fromIterable(unwanted.values())
			.filter(reminder -> reminder.status() == ReminderStatus.SCHEDULED)
			.concatMap(reminder -> reminders.save(reminder.cancelled(now))
				.flatMap(saved -> events.cancelled(saved).thenReturn(saved)));
	}
}
