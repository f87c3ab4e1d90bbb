package io.todoplatform.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.InvalidLinkException;
import io.todoplatform.notifications.application.port.in.ManageReminders;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class ManagingReminders implements ManageReminders {

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
		return reminders.find(owner, id)
			.switchIfEmpty(Mono.error(() -> new ReminderNotFoundException("You have no reminder " + id)))
			.flatMap(reminder -> snoozed(reminder, duration));
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
		return reminders.find(id)
			.filter(reminder -> reminder.fireAt().equals(fireAt))
			.switchIfEmpty(Mono.error(() -> new ReminderNotFoundException(
					"This link has been used or the reminder has moved since it was sent")))
			.flatMap(reminder -> snoozed(reminder, duration));
	}

	private Mono<Reminder> snoozed(Reminder reminder, Duration duration) {
		return Mono.fromCallable(() -> reminder.snoozed(duration, clock.instant()))
			.flatMap(reminders::save)
			.flatMap(saved -> events.scheduled(saved).thenReturn(saved));
	}
}
