package io.todoplatform.events;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies an event to a subscriber once, however often it comes: the event id is recorded
 * in the subscriber's schema in the same transaction as the handler's effect. A second
 * delivery, even a concurrent one, finds the record (or waits for the first transaction
 * and then finds it) and does nothing. A handler that fails leaves no record, so the
 * event can come again; one that can never process the event fails with
 * {@link UnprocessableEventException}.
 */
@Component
class IdempotentDelivery {

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final Payloads payloads;

	IdempotentDelivery(DatabaseClient database, TransactionalOperator transaction, Payloads payloads) {
		this.database = database;
		this.transaction = transaction;
		this.payloads = payloads;
	}

	/** True when this delivery applied the event, false when it was applied before. */
	Mono<Boolean> deliver(Subscription subscription, CloudEvent event) {
		var firstTime = database
			.sql("insert into " + subscription.schema().name()
					+ ".processed_event (consumer, event_id) values (:consumer, :id) on conflict do nothing")
			.bind("consumer", subscription.consumer())
			.bind("id", event.id())
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
		return transaction.transactional(firstTime
			.flatMap(first -> first ? subscription.handle(event, payloads).thenReturn(true) : Mono.just(false)));
	}

}
