package io.todoplatform.events;

import java.time.Duration;
import java.util.function.Function;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import io.todoplatform.storage.ModuleSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Makes exactly one replica at a time the leader of a module schema's events, and keeps
 * it so across failures. Every replica holds a connection of its own that asks PostgreSQL
 * for the schema's advisory lock; the one that gets it leads: it LISTENs on the schema's
 * channel, where every commit that adds to the outbox or inbox notifies (a trigger), and
 * runs the schema's {@link SchemaDuties}. The others wait inside
 * {@code pg_advisory_lock}, so when the leader dies (its connection ends and PostgreSQL
 * frees the lock), the next one leads at once; nobody polls. When the leader loses its
 * connection (the database restarts, the network drops it), it stops its duties and
 * queues up again.
 */
final class SchemaLeader {

	private static final Logger log = LoggerFactory.getLogger(SchemaLeader.class);

	/**
	 * The advisory lock space of these locks ("todo"); the schema's name picks the lock
	 * within it.
	 */
	private static final int LOCKS = 0x746f646f;

	private final ModuleSchema schema;

	private final ConnectionFactory connections;

	private final Function<ModuleSchema, SchemaDuties> duties;

	private volatile boolean leading;

	private volatile Disposable running = Flux.never().subscribe();

	SchemaLeader(ModuleSchema schema, ConnectionFactory connections, Function<ModuleSchema, SchemaDuties> duties) {
		this.schema = schema;
		this.connections = connections;
		this.duties = duties;
	}

	void start() {
		running = Mono
			.usingWhen(Mono.from(connections.create()), this::lead, Connection::close,
					(connection, failure) -> connection.close(), Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
				.maxBackoff(Duration.ofSeconds(5))
				.doBeforeRetry(signal -> log.warn("Not leading the {} events: {}; trying again", schema.name(),
						signal.failure().toString())))
			.subscribe();
	}

	void stop() {
		running.dispose();
	}

	boolean leads() {
		return leading;
	}

	private Mono<Void> lead(Connection pooled) {
		var connection = postgres(pooled);
		var lock = "(" + LOCKS + ", " + schema.name().hashCode() + ")";
		// The server notices a leader that vanished without closing its connection (its
		// node died) in about 35 s.
		return run(connection, "set tcp_keepalives_idle = 20").then(run(connection, "set tcp_keepalives_interval = 5"))
			.then(run(connection, "set tcp_keepalives_count = 3"))
			.then(Mono.from(connection.createStatement("select pg_try_advisory_lock" + lock).execute())
				.flatMap(
						result -> Mono.from(result.map((row, meta) -> Boolean.TRUE.equals(row.get(0, Boolean.class))))))
			.flatMap(got -> got ? Mono.empty()
					: Mono
						.fromRunnable(() -> log.info("Another replica leads the {} events; standing by", schema.name()))
						.then(run(connection, "select pg_advisory_lock" + lock)))
			.then(run(connection, "listen " + SchemaDuties.channel(schema)))
			.thenMany(Flux.defer(() -> {
				var leader = duties.apply(schema);
				return connection.getNotifications().doOnSubscribe(subscribed -> {
					leading = true;
					log.info("Leading the {} events", schema.name());
					leader.wakeAll();
				}).doOnNext(notification -> leader.wake(notification.getParameter())).doFinally(signal -> {
					leading = false;
					leader.stop();
				});
			}))
			.then(Mono.error(() -> new IllegalStateException("lost the connection that holds the leadership")));
	}

	private static Mono<Void> run(PostgresqlConnection connection, String sql) {
		return connection.createStatement(sql).execute().flatMap(result -> result.getRowsUpdated()).then();
	}

	private static PostgresqlConnection postgres(Connection connection) {
		Object unwrapped = connection;
		while (!(unwrapped instanceof PostgresqlConnection) && unwrapped instanceof Wrapped<?> wrapped) {
			unwrapped = wrapped.unwrap();
		}
		if (unwrapped instanceof PostgresqlConnection postgres) {
			return postgres;
		}
		throw new IllegalStateException("Events need a PostgreSQL connection (LISTEN/NOTIFY), not " + connection);
	}

}
