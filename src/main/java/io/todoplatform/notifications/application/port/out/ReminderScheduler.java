package io.todoplatform.notifications.application.port.out;

import io.todoplatform.notifications.domain.Reminder;
import reactor.core.publisher.Mono;

/**
 * Arms a reminder to trigger its delivery at its fire time, at least once, never before:
 * Dapr Jobs in the distributed mode, timers in memory in the local mode. No adapter
 * polls. A scheduler only arms: what fires comes back through a primary adapter, which
 * calls {@code DeliverReminders}.
 */
public interface ReminderScheduler {

	/** Arms the reminder at its fire time, replacing whatever was armed for it before. */
	Mono<Void> schedule(Reminder reminder);

	/** Disarms the reminder; nothing happens when nothing was armed. */
	Mono<Void> cancel(Reminder reminder);

	/**
	 * Whether armed reminders live only as long as this process (then every waiting
	 * reminder is armed again at start-up), rather than in a scheduler of their own (then
	 * only the overdue ones are).
	 */
	boolean forgetsOnRestart();

}
