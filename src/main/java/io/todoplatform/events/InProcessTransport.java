package io.todoplatform.events;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The local mode's transport: every module runs in this JVM, so a committed event goes straight to the subscribers
 * of its type, one after the other. If one fails, the whole event is offered again later; subscribers that already
 * handled it ignore the repeat. An event a subscriber can never process is set aside, so it blocks nothing.
 */
@Component
@ConditionalOnProperty(name = "todo.events.transport", havingValue = "in-process", matchIfMissing = true)
class InProcessTransport implements EventTransport {

	private final Subscribers subscribers;
	private final IdempotentDelivery delivery;

	InProcessTransport(Subscribers subscribers, IdempotentDelivery delivery) {
		this.subscribers = subscribers;
		this.delivery = delivery;
	}

	@Override
	public Mono<Void> publish(CloudEvent event) {
		return subscribers.deliver(event, (subscription, reason) -> delivery.setAside(subscription, event, reason));
	}
}
