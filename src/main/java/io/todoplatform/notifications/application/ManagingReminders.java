package io.todoplatform.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.InvalidLinkException;
import io.todoplatform.notifications.application.port.in.ManageReminders;
import io.todoplatform.notifications.application.port.in.ReminderConflictException;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.storage.OptimisticLocking;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class ManagingReminders implements ManageReminders {

	/**
	 * A snooze that lost the race against another change of the reminder is applied to
	 * the newer state this often.
	 */
	private static final int CONFLICT_RETRIES = 3;

	private final Reminders reminders;

	private final ReminderEvents events;

	private final Links links;

	private final Clock clock;

	ManagingReminders(Reminders reminders, ReminderEvents events, Links links, Clock clock) {
		this.reminders = reminders;
		this.events = events;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public Flux<Reminder> list(String owner, @Nullable UUID taskId) {
		return reminders.list(owner, taskId, MOST_LISTED);
	}

	@Override
	@Transactional
	public Mono<Reminder> snooze(String owner, ReminderId id, Duration duration) {
		return retried(id,
				reminders.find(owner, id)
					.switchIfEmpty(Mono.error(() -> new ReminderNotFoundException("You have no reminder " + id)))
					.flatMap(reminder -> snoozed(reminder, duration)));
	}

	@Override
	public boolean isSnoozeLink(ReminderId id, Instant fireAt, String signature) {
		return links.signs(id, fireAt, signature);
	}

	@Override
	@Transactional
	public Mono<Reminder> snoozeFiring(ReminderId id, Instant fireAt, String signature, Duration duration) {
		if (!links.signs(id, fireAt, signature)) {
			return Mono.error(new InvalidLinkException("This snooze link is not valid"));
		}
		return retried(id,
				reminders.find(id)
					.filter(reminder -> reminder.fireAt().equals(fireAt))
					.switchIfEmpty(Mono.error(() -> new ReminderNotFoundException(
							"This link has been used or the reminder has moved since it was sent")))
					.flatMap(reminder -> snoozed(reminder, duration)));
	}

	/**
	 * A snooze is the owner's latest wish, so when a delivery's outcome, a task event or
	 * a claim changed the reminder since it was read, the snooze is decided again on that
	 * newer state rather than given up: a reminder sent meanwhile is snoozed all the
	 * same, one cancelled meanwhile refuses, one moved meanwhile no longer matches its
	 * link.
	 */
	private Mono<Reminder> retried(ReminderId id, Mono<Reminder> snooze) {
		return OptimisticLocking.retried(snooze, CONFLICT_RETRIES, () -> new ReminderConflictException(id));
	}

	private Mono<Reminder> snoozed(Reminder reminder, Duration duration) {
		return Mono.fromCallable(() -> reminder.snoozed(duration, clock.instant()))
			.flatMap(snoozed -> OptimisticLocking.won(reminders.save(snoozed)))
			.flatMap(saved -> events.scheduled(saved).thenReturn(saved));
	}

}
