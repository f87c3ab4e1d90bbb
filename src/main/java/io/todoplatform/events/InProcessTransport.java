package io.todoplatform.events;

import java.util.List;

import org.jspecify.annotations.Nullable;
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

	/**
	 * Looked up on first use, not at construction: subscribers depend on use cases that depend on the outbox that
	 * depends on this. The first event is published after start-up, when every subscription exists.
	 */
	private final ObjectProvider<Subscription> subscriptions;
	private final IdempotentDelivery delivery;
	private volatile @Nullable List<Subscription> resolved;

	InProcessTransport(ObjectProvider<Subscription> subscriptions, IdempotentDelivery delivery) {
		this.subscriptions = subscriptions;
		this.delivery = delivery;
	}

	@Override
	public Mono<Void> publish(CloudEvent event) {
		return Flux.fromIterable(subscriptions())
			.filter(subscription -> subscription.accepts(event))
			.concatMap(subscription -> delivery.deliver(subscription, event))
			.then();
	}

	private List<Subscription> subscriptions() {
		var known = resolved;
		if (known == null) {
			known = subscriptions.orderedStream().toList();
			resolved = known;
		}
		return known;
	}
}
