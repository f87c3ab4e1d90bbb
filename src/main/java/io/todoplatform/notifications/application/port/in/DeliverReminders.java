package io.todoplatform.notifications.application.port.in;

import java.time.Instant;

import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Mono;

/**
 * What a scheduler triggers when a reminder falls due. Triggers come at least once:
 * repeats are harmless.
 */
public interface DeliverReminders {

	/**
	 * Fails (as an error signal) on a transient problem such as the database being away:
	 * trigger again later.
	 */
	Mono<DeliveryOutcome> deliver(ReminderId id, Instant fireAt);

}
