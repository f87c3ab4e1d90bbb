package io.todoplatform.events;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.todoplatform.events.dapr.Arrivals;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * This process's subscriptions and inbox, as a transport that brings events in sees them.
 */
@Component
class TransportArrivals implements Arrivals {

	private final Subscribers subscribers;

	private final Inbox inbox;

	TransportArrivals(Subscribers subscribers, Inbox inbox) {
		this.subscribers = subscribers;
		this.inbox = inbox;
	}

	@Override
	public Map<String, Set<String>> typesByConsumer() {
		return subscribers.all()
			.stream()
			.collect(Collectors.toMap(Subscription::consumer, Subscription::typesFromTransport));
	}

	@Override
	public Mono<Void> receive(CloudEvent event) {
		return inbox.receive(event);
	}

}
