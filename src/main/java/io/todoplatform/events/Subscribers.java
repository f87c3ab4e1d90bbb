package io.todoplatform.events;

import java.util.List;

import io.todoplatform.storage.ModuleSchema;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * This process's subscriptions, and the one way an event reaches one of them whatever
 * carried it: applied once, inside the trace of the change that caused it (so that events
 * the handlers append carry that trace on).
 */
@Component
class Subscribers {

	static final String TRACEPARENT = "traceparent";

	/**
	 * Injected as they are: a subscription depends on its module's use cases, which
	 * depend on the outbox, and nothing of the outbox depends on the relays or on this,
	 * so there is no cycle to break.
	 */
	private final List<Subscription> subscriptions;

	private final IdempotentDelivery delivery;

	private final ObservationRegistry observations;

	Subscribers(List<Subscription> subscriptions, IdempotentDelivery delivery, ObservationRegistry observations) {
		this.subscriptions = List.copyOf(subscriptions);
		this.delivery = delivery;
		this.observations = observations;
	}

	List<Subscription> all() {
		return subscriptions;
	}

	List<Subscription> of(ModuleSchema schema) {
		return all().stream().filter(subscription -> subscription.schema().equals(schema)).toList();
	}

	Subscription named(String consumer) {
		return all().stream()
			.filter(subscription -> subscription.consumer().equals(consumer))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No subscription " + consumer + " in this process"));
	}

	/**
	 * Hands the event to the subscription, to be applied once, in the trace of the change
	 * that caused it: true when it was applied now, false when it had been before.
	 */
	Mono<Boolean> handle(Subscription subscription, CloudEvent event) {
		return inTraceOf(event, delivery.deliver(subscription, event));
	}

	private <T> Mono<T> inTraceOf(CloudEvent event, Mono<T> work) {
		var context = new ReceiverContext<CloudEvent>(
				(carrier, key) -> TRACEPARENT.equals(key) ? carrier.traceparent() : null);
		context.setCarrier(event);
		return Mono.defer(() -> {
			var observation = Observation.createNotStarted("todo.event.delivery", () -> context, observations)
				.contextualName("deliver " + event.type())
				.lowCardinalityKeyValue("event.type", event.type())
				.start();
			return work.contextWrite(reactor -> reactor.put(ObservationThreadLocalAccessor.KEY, observation))
				.doOnError(observation::error)
				.doFinally(signal -> observation.stop());
		});
	}

}
