package io.todoplatform.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A schema's outbox or inbox as a {@link Drain} empties it: lanes of events, each lane in
 * order, where a failure holds back only the lane it happened in.
 */
interface EventQueue {

	/**
	 * Events ready to go, oldest first: at most {@code perLane} of each lane, none of a
	 * held lane, {@code limit} in all.
	 */
	Flux<QueuedEvent> ready(int perLane, int limit);

	/** Hands the event on; an error leaves it where it is. */
	Mono<Void> handle(QueuedEvent event);

	/** Called after each round with the events it handled. */
	Mono<Void> handled(List<QueuedEvent> events);

	/**
	 * Records a failed attempt: holds the event's lane until it is due again, or sets the
	 * event aside.
	 */
	Mono<Void> failed(QueuedEvent event, Throwable failure);

	/** How long until the first held lane is due again; empty when no lane is held. */
	Mono<Duration> untilRetry();

	/**
	 * How many of the oldest ready rows a round looks at to pick {@code limit} of them:
	 * enough for the per-lane limit to let other users in behind one user's backlog of
	 * thousands, few enough that a large backlog costs no sort of the whole table in
	 * every round.
	 */
	static int scanned(int limit) {
		return 10 * limit;
	}

	/**
	 * Reads how long until the first held event is due: {@code query} is
	 * {@link #FIRST_DUE} and the table with the rows of interest. An event already due
	 * counts too (zero): it may have come due between a round's read and this one, and
	 * its lane would otherwise sleep until the next wake-up.
	 */
	static Mono<Duration> untilFirstDue(DatabaseClient.GenericExecuteSpec query) {
		return query.map(row -> Optional.ofNullable(row.get(0, Long.class)))
			.one()
			.flatMap(millis -> Mono.justOrEmpty(millis.map(each -> Duration.ofMillis(Math.max(0, each)))));
	}

	/**
	 * Removes the handled events from {@code table}, the outbox or inbox of a schema, in
	 * one statement.
	 */
	static Mono<Void> remove(DatabaseClient database, String table, List<QueuedEvent> events) {
		return events.isEmpty() ? Mono.empty()
				: database.sql("delete from " + table + " where seq = any(:seqs)")
					.bind("seqs", events.stream().map(QueuedEvent::seq).toArray(Long[]::new))
					.then();
	}

	/**
	 * Null when no row is held (not zero, which would wake the drain at once, for ever:
	 * SQL's greatest drops nulls).
	 */
	String FIRST_DUE = "select ceil(extract(epoch from min(next_attempt_at) - now()) * 1000)::bigint from ";

}
