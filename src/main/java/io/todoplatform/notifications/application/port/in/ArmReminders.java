package io.todoplatform.notifications.application.port.in;

import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Mono;

/**
 * Brings the scheduler in line with the reminders table.
 */
public interface ArmReminders {

	/**
	 * Arms the reminder if it waits to fire, disarms it otherwise; empty when it does not
	 * exist.
	 */
	Mono<Void> arm(ReminderId id);

	/**
	 * Once at start-up: arms what the scheduler may have lost while this process was
	 * away.
	 */
	Mono<Long> armAtStartup();

}
