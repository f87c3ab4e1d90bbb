package io.todoplatform.events;

import java.time.Duration;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import io.todoplatform.storage.ModuleSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema's outbox as its relay sees it: each event goes into the inbox of the module's
 * own subscriptions that take it (ADR 0027) and to the transport, and leaves the table
 * once both took it (a crash in between means it goes out twice, never not at all; the
 * inbox keeps one). A lane is one user's events. A failed publication holds its lane and
 * is retried without end: what fails here is the transport, not the event.
 */
final class OutboxQueue implements EventQueue {

	private static final Logger log = LoggerFactory.getLogger(OutboxQueue.class);

	private final ModuleSchema schema;

	private final String table;

	private final DatabaseClient database;

	private final EventTransport transport;

	private final Inbox inbox;

	private final JsonMapper json;

	private final RetryPolicy retry;

	private final EventLag lag;

	private final EventCounts counts;

	OutboxQueue(ModuleSchema schema, DatabaseClient database, EventTransport transport, Inbox inbox, JsonMapper json,
			RetryPolicy retry, EventLag lag, EventCounts counts) {
		this.schema = schema;
		this.table = schema.name() + ".outbox";
		this.database = database;
		this.transport = transport;
		this.inbox = inbox;
		this.json = json;
		this.retry = retry;
		this.lag = lag;
		this.counts = counts;
	}

	@Override
	public Flux<QueuedEvent> ready(int perLane, int limit) {
		return database
			.sql("select seq, partition_key, event, attempts from ("
					+ " select o.*, row_number() over (partition by o.partition_key order by o.seq) as place from ("
					+ "  select * from " + table + " o where not exists (select 1 from " + table + " held"
					+ "   where held.partition_key = o.partition_key and held.next_attempt_at > now())"
					+ "  order by seq limit :scan) o" + ") lined where place <= :perLane order by seq limit :limit")
			.bind("scan", EventQueue.scanned(limit))
			.bind("perLane", perLane)
			.bind("limit", limit)
			.map(row -> new QueuedEvent(row.get("seq", Long.class), row.get("partition_key", String.class), null,
					row.get("event", Json.class), row.get("attempts", Integer.class), null))
			.all();
	}

	@Override
	public Mono<Void> handle(QueuedEvent event) {
		return Mono.defer(() -> {
			var cloudEvent = json.readValue(event.event().asArray(), CloudEvent.class);
			// The module's own subscriptions first: their work need not wait for the
			// transport.
			return inbox.receiveOwn(schema, cloudEvent).then(transport.publish(cloudEvent)).doOnSuccess(done -> {
				lag.handedOver(cloudEvent);
				counts.published(schema, cloudEvent);
			});
		});
	}

	@Override
	public Mono<Void> handled(List<QueuedEvent> events) {
		return EventQueue.remove(database, table, events);
	}

	@Override
	public Mono<Void> failed(QueuedEvent event, Throwable failure) {
		var attempts = event.attempts() + 1;
		var pause = retry.after(attempts);
		log.warn("Publishing event {} of {} failed ({} in a row); its user's events wait {}: {}", event.seq(), table,
				attempts, pause, failure.toString());
		return database
			.sql("update " + table + " set attempts = :attempts, last_error = :error,"
					+ " next_attempt_at = now() + make_interval(secs => :pause) where seq = :seq")
			.bind("attempts", attempts)
			.bind("error", failure.toString())
			.bind("pause", pause.toMillis() / 1000.0)
			.bind("seq", event.seq())
			.then();
	}

	@Override
	public Mono<Duration> untilRetry() {
		return EventQueue.untilFirstDue(database.sql(FIRST_DUE + table + " where next_attempt_at is not null"));
	}

}
