package io.todoplatform.events;

import io.r2dbc.postgresql.codec.Json;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where events arrive for this process's subscribers, from a transport or, for a module's
 * own events, straight from its outbox: each goes into the inbox of every subscription
 * that takes it, once, and the schema's leader hands it on from there
 * ({@link InboxQueue}). Taking an event in only fails when the database does, so a
 * transport never waits for a subscriber.
 */
@Component
class Inbox {

	private final Subscribers subscribers;

	private final DatabaseClient database;

	private final JsonMapper json;

	private final EventCounts counts;

	Inbox(Subscribers subscribers, DatabaseClient database, JsonMapper json, EventCounts counts) {
		this.subscribers = subscribers;
		this.database = database;
		this.json = json;
		this.counts = counts;
	}

	/**
	 * An event a transport brought: for every subscription that takes its type from the
	 * transport.
	 */
	Mono<Void> receive(CloudEvent event) {
		return Flux.fromIterable(subscribers.all())
			.filter(subscription -> subscription.typesFromTransport().contains(event.type()))
			.concatMap(subscription -> insert(subscription, event))
			.then();
	}

	/**
	 * An event from a module's own outbox, for the subscriptions of that module that take
	 * it as their own: it goes into their inbox as a transport would put it there,
	 * without the transport.
	 */
	Mono<Void> receiveOwn(ModuleSchema schema, CloudEvent event) {
		return Flux.fromIterable(subscribers.of(schema))
			.filter(subscription -> subscription.ownTypes().contains(event.type()))
			.concatMap(subscription -> insert(subscription, event))
			.then();
	}

	/**
	 * A repeat of an event that is waiting or was handled already is ignored (and counted
	 * as a duplicate).
	 */
	private Mono<Void> insert(Subscription subscription, CloudEvent event) {
		var schema = subscription.schema().name();
		return database
			.sql("insert into " + schema + ".inbox (consumer, event_id, partition_key, event)"
					+ " select :consumer, :id, :key, :event where not exists (select 1 from " + schema
					+ ".processed_event where consumer = :consumer and event_id = :id)"
					+ " on conflict (consumer, event_id) do nothing")
			.bind("consumer", subscription.consumer())
			.bind("id", event.id())
			.bind("key", event.partitionkey())
			.bind("event", Json.of(json.writeValueAsBytes(event)))
			.fetch()
			.rowsUpdated()
			.doOnNext(inserted -> {
				if (inserted == 0) {
					counts.handled(subscription, event.type(), EventCounts.Outcome.DUPLICATE);
				}
			})
			.then();
	}

}
