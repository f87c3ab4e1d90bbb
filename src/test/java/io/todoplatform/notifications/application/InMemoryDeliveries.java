package io.todoplatform.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.todoplatform.notifications.application.port.out.Deliveries;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.ReminderId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which destinations received which firing of a reminder, in memory.
 */
class InMemoryDeliveries implements Deliveries {

	/** One destination that received one firing, through a channel. */
	record Delivery(ReminderId id, Instant fireAt, String destination, String channel, Instant at) {
	}

	private final List<Delivery> recorded = new CopyOnWriteArrayList<>();

	List<Delivery> recorded() {
		return List.copyOf(recorded);
	}

	@Override
	public Flux<String> delivered(ReminderId id, Instant fireAt) {
		return Flux.defer(() -> Flux.fromStream(recorded.stream()
			.filter(delivery -> delivery.id().equals(id) && delivery.fireAt().equals(fireAt))
			.map(Delivery::destination)));
	}

	@Override
	public Mono<Void> record(ReminderId id, Instant fireAt, Destination destination, String channel, Instant at) {
		return Mono.fromRunnable(() -> recorded.add(new Delivery(id, fireAt, destination.key(), channel, at)));
	}

}
