package io.todoplatform.limits;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The request counts of the distributed mode: one row per caller in the {@code limits}
 * schema, shared by every process of every app-id. One statement per request counts it
 * into the caller's window, or opens a new window when the last one is over, and returns
 * how many requests the window holds and how long it has left, by the database's clock,
 * so that replicas agree. Rows of callers gone quiet are deleted now and then.
 */
@Repository
@ConditionalOnProperty(name = "todo.limits.store", havingValue = "postgresql")
class StoredWindows implements Windows, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StoredWindows.class);

	private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

	private static final String HIT = """
			insert into limits.windows as w (caller, started_at, requests) values (:caller, now(), 1)
			on conflict (caller) do update set
			  started_at = case when w.started_at + :window * interval '1 second' <= now() then now() else w.started_at end,
			  requests = case when w.started_at + :window * interval '1 second' <= now() then 1 else w.requests + 1 end
			returning requests,
			  (extract(epoch from started_at + :window * interval '1 second' - now()) * 1000)::bigint as left_ms""";

	private final DatabaseClient database;

	private final Duration longestWindow;

	private volatile Disposable cleanup = Disposables.disposed();

	StoredWindows(DatabaseClient database, LimitProperties properties) {
		this.database = database;
		this.longestWindow = Collections.max(List.of(properties.perUser().window(), properties.perAddress().window()));
	}

	@Override
	public Mono<Count> hit(String caller, Duration window) {
		return database.sql(HIT)
			.bind("caller", caller)
			.bind("window", window.toSeconds())
			.map(row -> new Count(row.get("requests", Integer.class),
					Duration.ofMillis(row.get("left_ms", Long.class))))
			.one();
	}

	Mono<Long> forgetQuietCallers() {
		return database.sql("delete from limits.windows where started_at < now() - :keep * interval '1 second'")
			.bind("keep", longestWindow.toSeconds())
			.fetch()
			.rowsUpdated();
	}

	@Override
	public void start() {
		cleanup = Flux.interval(CLEANUP_EVERY).concatMap(tick -> forgetQuietCallers().onErrorResume(e -> {
			log.warn("Could not delete the request counts of quiet callers: {}", e.toString());
			return Mono.empty();
		})).subscribe();
	}

	@Override
	public void stop() {
		cleanup.dispose();
	}

	@Override
	public boolean isRunning() {
		return !cleanup.isDisposed();
	}

}
