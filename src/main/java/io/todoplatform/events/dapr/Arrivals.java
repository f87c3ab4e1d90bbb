package io.todoplatform.events.dapr;

import java.util.Map;
import java.util.Set;

import io.todoplatform.events.CloudEvent;
import reactor.core.publisher.Mono;

/**
 * What the events module offers a transport that brings events in: who wants which types,
 * and where they go.
 */
public interface Arrivals {

	/** The types each consumer of this process takes from a transport, by consumer. */
	Map<String, Set<String>> typesByConsumer();

	/**
	 * Takes an event in for every subscription that wants it; fails only when the
	 * database does.
	 */
	Mono<Void> receive(CloudEvent event);

}
