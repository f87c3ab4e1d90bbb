package io.todoplatform.notifications.application.port.out;

import java.time.Instant;

import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which destinations already received which firing of a reminder: a delivery started
 * again after a crash or a repeated trigger skips them, so nobody gets the same notice
 * twice.
 */
public interface Deliveries {

	/**
	 * The {@link Destination#key() keys} of the destinations that received the reminder
	 * firing at {@code fireAt}.
	 */
	Flux<String> delivered(ReminderId id, Instant fireAt);

	Mono<Void> record(ReminderId id, Instant fireAt, Destination destination, String channel, Instant at);

}
