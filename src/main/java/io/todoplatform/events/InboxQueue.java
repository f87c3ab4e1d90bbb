package io.todoplatform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.R2dbcException;
import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema's inbox as its leader sees it: each event goes to its consumer (applied once,
 * see {@link IdempotentDelivery}). A lane is one user's events for one consumer. A
 * failure is classified: an event the consumer can never process
 * ({@link UnprocessableEventException}) is set aside at once; any other failure holds the
 * lane and is retried with backoff until the retry budget is spent, and then the event is
 * set aside too. Either way the lane flows on, and the event waits in the table for an
 * operator ({@code replay_set_aside}).
 */
final class InboxQueue implements EventQueue {

	private static final Logger log = LoggerFactory.getLogger(InboxQueue.class);

	private static final int MOST_REASON = 2000;

	private final String table;

	private final DatabaseClient database;

	private final Subscribers subscribers;

	private final List<String> consumers;

	private final JsonMapper json;

	private final RetryPolicy retry;

	private final EventCounts counts;

	private final Clock clock;

	private final EventLag lag;

	InboxQueue(ModuleSchema schema, DatabaseClient database, Subscribers subscribers, JsonMapper json,
			RetryPolicy retry, EventCounts counts, Clock clock, EventLag lag) {
		this.table = schema.name() + ".inbox";
		this.database = database;
		this.subscribers = subscribers;
		// A consumer this process does not know (a newer version's, during a rolling
		// update) is left to those who do.
		this.consumers = subscribers.of(schema).stream().map(Subscription::consumer).toList();
		this.json = json;
		this.retry = retry;
		this.counts = counts;
		this.clock = clock;
		this.lag = lag;
	}

	@Override
	public Flux<QueuedEvent> ready(int perLane, int limit) {
		return database.sql("select seq, consumer, partition_key, event, attempts, first_failed_at from ("
				+ " select i.*, row_number() over (partition by i.consumer, i.partition_key order by i.seq) as place"
				+ " from (select * from " + table + " i where i.set_aside_at is null and i.consumer = any(:consumers)"
				+ "  and not exists (select 1 from " + table + " held where held.consumer = i.consumer"
				+ "   and held.partition_key = i.partition_key and held.set_aside_at is null"
				+ "   and held.next_attempt_at > now())" + "  order by seq limit :scan) i"
				+ ") lined where place <= :perLane order by seq limit :limit")
			.bind("consumers", consumers.toArray(String[]::new))
			.bind("scan", EventQueue.scanned(limit))
			.bind("perLane", perLane)
			.bind("limit", limit)
			.map(row -> {
				var consumer = row.get("consumer", String.class);
				return new QueuedEvent(row.get("seq", Long.class),
						consumer + " " + row.get("partition_key", String.class), consumer, row.get("event", Json.class),
						row.get("attempts", Integer.class), row.get("first_failed_at", Instant.class));
			})
			.all();
	}

	@Override
	public Mono<Void> handle(QueuedEvent queued) {
		return Mono.defer(() -> {
			var event = json.readValue(queued.event().asArray(), CloudEvent.class);
			var subscription = subscribers.named(consumerOf(queued));
			return subscribers.handle(subscription, event).doOnNext(applied -> {
				lag.handedOver(event);
				counts.handled(subscription, event.type(),
						applied ? EventCounts.Outcome.HANDLED : EventCounts.Outcome.DUPLICATE);
			}).then();
		});
	}

	@Override
	public Mono<Void> handled(List<QueuedEvent> events) {
		return EventQueue.remove(database, table, events);
	}

	@Override
	public Mono<Void> failed(QueuedEvent queued, Throwable failure) {
		var attempts = queued.attempts() + 1;
		var unprocessable = unprocessable(failure);
		if (unprocessable != null) {
			return setAside(queued, attempts, "unprocessable", unprocessable);
		}
		var now = clock.instant();
		var firstFailure = queued.firstFailedAt() == null ? now : queued.firstFailedAt();
		if (Duration.between(firstFailure, now).compareTo(retry.budget()) >= 0) {
			return setAside(queued, attempts, "exhausted",
					"Still failing after " + attempts + " attempts since " + firstFailure + ": " + failure);
		}
		var pause = retry.after(attempts);
		log.warn("{} failed to handle event {} ({} in a row); its user's later events wait {}: {}", consumerOf(queued),
				queued.seq(), attempts, pause, failure.toString());
		counts.handled(subscribers.named(consumerOf(queued)), typeOf(queued), EventCounts.Outcome.RETRIED);
		return database
			.sql("update " + table + " set attempts = :attempts, last_error = :error,"
					+ " first_failed_at = coalesce(first_failed_at, now()),"
					+ " next_attempt_at = now() + make_interval(secs => :pause) where seq = :seq")
			.bind("attempts", attempts)
			.bind("error", abbreviated(failure.toString()))
			.bind("pause", pause.toMillis() / 1000.0)
			.bind("seq", queued.seq())
			.then();
	}

	private Mono<Void> setAside(QueuedEvent queued, int attempts, String cause, @Nullable String reason) {
		var event = json.readTree(queued.event().asArray());
		var type = event.path("type").asString("unknown");
		log.error("{} set aside event {} ({}, user {}) in {}: {}", consumerOf(queued), event.path("id").asString(""),
				type, event.path("partitionkey").asString(""), table, reason);
		counts.setAside(subscribers.named(consumerOf(queued)), type, cause);
		return database
			.sql("update " + table + " set set_aside_at = now(), attempts = :attempts, last_error = :reason,"
					+ " next_attempt_at = null where seq = :seq")
			.bind("attempts", attempts)
			.bind("reason", abbreviated(cause + ": " + reason))
			.bind("seq", queued.seq())
			.then();
	}

	/**
	 * Why the event can never be handled, if that is what the failure says: the consumer
	 * said so, or the database refused the data itself (SQLSTATE class 22, such as a time
	 * out of its range), which no retry changes.
	 */
	private static @Nullable String unprocessable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnprocessableEventException) {
				return String.valueOf(cause.getMessage());
			}
			if (cause instanceof R2dbcException database && String.valueOf(database.getSqlState()).startsWith("22")) {
				return "the database refused its data: " + database.getMessage();
			}
		}
		return null;
	}

	@Override
	public Mono<Duration> untilRetry() {
		return EventQueue.untilFirstDue(database
			.sql(FIRST_DUE + table
					+ " where next_attempt_at is not null and set_aside_at is null and consumer = any(:consumers)")
			.bind("consumers", consumers.toArray(String[]::new)));
	}

	private String typeOf(QueuedEvent queued) {
		return json.readTree(queued.event().asArray()).path("type").asString("unknown");
	}

	private static String consumerOf(QueuedEvent queued) {
		return String.valueOf(queued.consumer());
	}

	private static String abbreviated(String text) {
		return text.length() <= MOST_REASON ? text : text.substring(0, MOST_REASON) + "...";
	}

}
