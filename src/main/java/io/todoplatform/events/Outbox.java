package io.todoplatform.events;

import java.time.Clock;

import io.r2dbc.postgresql.codec.Json;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a module records the events its changes cause. Appending joins the caller's
 * transaction: the event exists if and only if the change committed. The commit wakes the
 * schema's leader, in whichever replica it runs (a trigger notifies it, see
 * {@link SchemaLeader}).
 */
@Component
public class Outbox {

	private final DatabaseClient database;

	private final JsonMapper json;

	private final TraceContext trace;

	private final Payloads payloads;

	private final Clock clock;

	Outbox(DatabaseClient database, JsonMapper json, TraceContext trace, Payloads payloads, Clock clock) {
		this.database = database;
		this.json = json;
		this.trace = trace;
		this.payloads = payloads;
		this.clock = clock;
	}

	/**
	 * The outbox of one module, whose events all come from {@code source}, e.g.
	 * {@code /todo-platform/tasks}.
	 */
	public ModuleOutbox of(ModuleSchema schema, String source) {
		return new ModuleOutbox(this, schema, source, trace, payloads, clock);
	}

	/**
	 * @throws IllegalStateException (as an error signal) when called outside a
	 * transaction
	 */
	public Mono<Void> append(ModuleSchema schema, CloudEvent event) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isActualTransactionActive)
			.onErrorResume(NoTransactionException.class, e -> Mono.empty())
			.switchIfEmpty(Mono.error(() -> new IllegalStateException(
					"Events are appended inside the transaction of the change that causes them")))
			.flatMap(transaction -> insert(schema, event));
	}

	private Mono<Void> insert(ModuleSchema schema, CloudEvent event) {
		return database
			.sql("insert into " + schema.name() + ".outbox (event_id, type, partition_key, event) "
					+ "values (:id, :type, :key, :event)")
			.bind("id", event.id())
			.bind("type", event.type())
			.bind("key", event.partitionkey())
			.bind("event", Json.of(json.writeValueAsBytes(event)))
			.then();
	}

}
