package io.todoplatform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The local mode's transport: every module runs in this JVM, so a committed event goes straight to the subscribers
 * of its type, one after the other. If one fails, the whole event is offered again later; subscribers that already
 * handled it ignore the repeat.
 */
@Component
@ConditionalOnProperty(name = "todo.events.transport", havingValue = "in-process", matchIfMissing = true)
class InProcessTransport implements EventTransport {

	/** Looked up per event: subscribers depend on use cases that depend on the outbox that depends on this. */
	private final ObjectProvider<Subscription> subscriptions;
	private final IdempotentDelivery delivery;

	InProcessTransport(ObjectProvider<Subscription> subscriptions, IdempotentDelivery delivery) {
		this.subscriptions = subscriptions;
		this.delivery = delivery;
	}

	@Override
	public Mono<Void> publish(CloudEvent event) {
		return Flux.fromStream(subscriptions.orderedStream())
			.filter(subscription -> subscription.accepts(event))
			.concatMap(subscription -> delivery.deliver(subscription, event))
			.then();
	}
}
