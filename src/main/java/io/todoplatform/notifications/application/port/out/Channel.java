package io.todoplatform.notifications.application.port.out;

import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import reactor.core.publisher.Mono;

/**
 * A way of reaching people: email, a signed webhook, Firebase Cloud Messaging. One
 * attempt per call; the caller retries with backoff, so an adapter does not retry itself.
 */
public interface Channel {

	/**
	 * The name in delivery records and settings: {@code email}, {@code webhook},
	 * {@code fcm}.
	 */
	String name();

	boolean delivers(Destination destination);

	/**
	 * Sends one notice to one destination. Completes when the receiver accepted it. Fails
	 * with {@link UndeliverableException} when trying again cannot help (an address the
	 * server refuses, a webhook that answers 4xx); any other error is treated as
	 * transient.
	 */
	Mono<Void> send(Notice notice, Destination destination);

}
