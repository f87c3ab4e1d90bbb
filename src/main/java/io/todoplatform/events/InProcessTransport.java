package io.todoplatform.events;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The local mode's transport: every module runs in this JVM, so a committed event goes
 * straight into the inboxes of its subscribers, as the Dapr transport's events do when
 * they arrive from the broker.
 */
@Component
@ConditionalOnProperty(name = "todo.events.transport", havingValue = "in-process", matchIfMissing = true)
class InProcessTransport implements EventTransport {

	private final Inbox inbox;

	InProcessTransport(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public Mono<Void> publish(CloudEvent event) {
		return inbox.receive(event);
	}

}
