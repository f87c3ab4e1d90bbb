package io.todoplatform.events;

import java.util.List;
import java.util.function.BiFunction;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * This process's subscriptions, and the one way an event reaches them whatever carried it: to each subscription of
 * its type in turn, at most once each, inside the trace of the change that caused it (so that events the handlers
 * append carry that trace on).
 */
@Component
class Subscribers {

	static final String TRACEPARENT = "traceparent";

	/**
	 * Looked up on first use, not at construction: subscribers depend on use cases that depend on the outbox that
	 * depends on the transport that depends on this. The first event arrives after start-up, when all exist.
	 */
	private final ObjectProvider<Subscription> subscriptions;
	private final IdempotentDelivery delivery;
	private final ObservationRegistry observations;
	private volatile @Nullable List<Subscription> resolved;

	Subscribers(ObjectProvider<Subscription> subscriptions, IdempotentDelivery delivery,
			ObservationRegistry observations) {
		this.subscriptions = subscriptions;
		this.delivery = delivery;
		this.observations = observations;
	}

	List<Subscription> all() {
		var known = resolved;
		if (known == null) {
			known = subscriptions.orderedStream().toList();
			resolved = known;
		}
		return known;
	}

	/**
	 * Delivers to every subscription of the event's type. An error means a transient failure: the whole event should
	 * come again, and subscriptions that already handled it will ignore the repeat.
	 *
	 * @param poison what to do when a subscription can never process the event
	 */
	Mono<Void> deliver(CloudEvent event,
			BiFunction<Subscription, UnprocessableEventException, Mono<Void>> poison) {
		var deliveries = Flux.fromIterable(all())
			.filter(subscription -> subscription.accepts(event))
			.concatMap(subscription -> delivery.deliver(subscription, event)
				.onErrorResume(UnprocessableEventException.class, e -> poison.apply(subscription, e)))
			.then();
		return inTraceOf(event, deliveries);
	}

	private Mono<Void> inTraceOf(CloudEvent event, Mono<Void> work) {
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
