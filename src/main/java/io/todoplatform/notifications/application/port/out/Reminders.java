package io.todoplatform.notifications.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The module's reminders.
 */
public interface Reminders {

	Mono<Reminder> find(ReminderId id);

	Mono<Reminder> find(String owner, ReminderId id);

	Flux<Reminder> ofTask(UUID taskId);

	/** A user's reminders, of one task or all, by fire time; at most {@code limit}. */
	Flux<Reminder> list(String owner, @Nullable UUID taskId, int limit);

	/** Every reminder waiting to fire: the in-memory scheduler arms them at start-up. */
	Flux<Reminder> scheduled();

	/**
	 * Waiting reminders whose time has come: their jobs may have run out of retries while
	 * this app was away.
	 */
	Flux<Reminder> overdue(Instant now);

	/**
	 * Stores a new reminder (version 0) unless one with its id exists, or a changed one
	 * if it is still at {@code reminder.version() - 1}, and releases any claim on it.
	 * Empty when another change came first (a snooze, a task event, a delivery's outcome
	 * or claim, pruning): nothing is written, and the caller decides on the newer state.
	 */
	Mono<Reminder> save(Reminder reminder);

	/**
	 * Claims the delivery of the reminder at {@code fireAt} for {@code lease}: counts an
	 * attempt (a change, so also a version) and hides it from other claims until the
	 * lease ends, so two triggers at once send once. Empty when it is not waiting at that
	 * fire time, or claimed by a delivery still under way.
	 */
	Mono<Reminder> claim(ReminderId id, Instant fireAt, Instant now, Duration lease);

}
