package io.todoplatform.notifications.application.port.out;

import java.time.Instant;

import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Mono;

/**
 * Arms a reminder to trigger its delivery at its fire time, at least once, never before: Dapr Jobs in the
 * distributed mode, timers in memory in the local mode. No adapter polls.
 */
public interface ReminderScheduler {

	/** A reminder's delivery, which a trigger starts. */
	@FunctionalInterface
	interface Delivery {

		Mono<DeliveryOutcome> deliver(ReminderId id, Instant fireAt);
	}

	/**
	 * Tells a scheduler that triggers in this process what to call; called once, before anything is scheduled. A
	 * scheduler outside the process (Dapr) triggers through a primary adapter instead.
	 */
	void deliverWith(Delivery delivery);

	/** Arms the reminder at its fire time, replacing whatever was armed for it before. */
	Mono<Void> schedule(Reminder reminder);

	/** Disarms the reminder; nothing happens when nothing was armed. */
	Mono<Void> cancel(Reminder reminder);

	/**
	 * Whether armed reminders live only as long as this process (then every waiting reminder is armed again at
	 * start-up), rather than in a scheduler of their own (then only the overdue ones are).
	 */
	boolean forgetsOnRestart();
}
