package io.todoplatform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import io.r2dbc.postgresql.codec.Json;
import io.todoplatform.storage.ModuleSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers one schema's outbox, oldest first per user, whenever it is woken: after each commit that appended events and once
 * at start-up. There is no polling: between wake-ups the relay is idle. Wake-ups that arrive during a delivery run
 * collapse into one more run, so none is lost. A failed delivery is retried with exponential backoff (capped) until
 * the transport takes the event; only then is the row removed, so a crash in between means redelivery, never loss.
 */
final class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
	private static final int BATCH = 100;
	private static final int PARALLEL_USERS = 32;
	private static final Object WAKE_UP = new Object();

	private final ModuleSchema schema;
	private final DatabaseClient database;
	private final EventTransport transport;
	private final JsonMapper json;
	private final RelayBackoff backoff;
	private final Sinks.Many<Object> wakeUps = Sinks.many().unicast().onBackpressureBuffer();
	private final Disposable running;

	OutboxRelay(ModuleSchema schema, DatabaseClient database, EventTransport transport, JsonMapper json,
			RelayBackoff backoff) {
		this.schema = schema;
		this.database = database;
		this.transport = transport;
		this.json = json;
		this.backoff = backoff;
		this.running = wakeUps.asFlux()
			.onBackpressureLatest()
			.concatMap(wakeUp -> deliverPending().retryWhen(retries()), 1)
			.subscribe();
	}

	void wake() {
		wakeUps.emitNext(WAKE_UP, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
	}

	void stop() {
		running.dispose();
	}

	/** Delivers in batches; rows are removed once per batch, and on a failure those already taken are removed first. */
	private Mono<Void> deliverPending() {
		return database.sql("select seq, partition_key, event from " + schema.name() + ".outbox order by seq limit "
				+ BATCH)
			.map(row -> new Pending(row.get("seq", Long.class), row.get("partition_key", String.class),
					row.get("event", Json.class)))
			.all()
			.collectList()
			.flatMap(batch -> batch.isEmpty() ? Mono.empty() : deliver(batch)
				.then(batch.size() == BATCH ? deliverPending() : Mono.empty()));
	}

	/**
	 * Events of one partition key (one user) go out one after the other, in order; different users' events go out
	 * side by side (publishing mostly waits on the sidecar or the subscribers), so one user's slow handler does not
	 * hold up everybody else. The batch is a list already, so it is split by user in memory.
	 */
	private Mono<Void> deliver(List<Pending> batch) {
		var byUser = batch.stream()
			.collect(Collectors.groupingBy(Pending::partitionKey, LinkedHashMap::new, Collectors.toList()));
		var delivered = Collections.synchronizedList(new ArrayList<Long>(batch.size()));
		return Flux.fromIterable(byUser.values())
			.flatMap(user -> Flux.fromIterable(user).concatMap(pending -> publish(pending).then(Mono.fromRunnable(
					() -> delivered.add(pending.seq())))), PARALLEL_USERS)
			.then(Mono.defer(() -> remove(List.copyOf(delivered))))
			.onErrorResume(failure -> remove(List.copyOf(delivered)).then(Mono.error(failure)));
	}

	private Mono<Void> publish(Pending pending) {
		return Mono.defer(() -> transport.publish(json.readValue(pending.event().asArray(), CloudEvent.class)));
	}

	private Mono<Void> remove(List<Long> delivered) {
		return delivered.isEmpty() ? Mono.empty()
				: database.sql("delete from " + schema.name() + ".outbox where seq = any(:seqs)")
					.bind("seqs", delivered.toArray(Long[]::new))
					.then();
	}

	private Retry retries() {
		return Retry.backoff(Long.MAX_VALUE, backoff.first())
			.maxBackoff(backoff.max())
			.doBeforeRetry(signal -> log.warn("Delivering the {} outbox failed ({} in a row); retrying: {}",
					schema.name(), signal.totalRetriesInARow() + 1, signal.failure().toString()));
	}

	private record Pending(long seq, String partitionKey, Json event) {
	}

	/** Retry delays: from {@code first}, doubling, never above {@code max}. */
	record RelayBackoff(Duration first, Duration max) {
	}
}
