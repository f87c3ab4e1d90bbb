package io.todoplatform.events;

import reactor.core.publisher.Mono;

/**
 * Carries committed events to their subscribers: in-process in the local mode, a broker
 * between processes otherwise. Completes when the event was accepted; an error means it
 * must be offered again later.
 */
public interface EventTransport {

	Mono<Void> publish(CloudEvent event);

}
