package io.todoplatform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes the rows of browser sessions that are gone (idle past their timeout), now and
 * then in every replica that serves pages: in batches, each skipping the rows another
 * replica is deleting at that moment, so replicas share the work rather than wait on each
 * other.
 */
final class ExpiredSessions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

	private static final int BATCH = 500;

	private static final String DELETE_BATCH = "delete from " + StoredSessions.SESSIONS + " where id_hash in "
			+ "(select id_hash from " + StoredSessions.SESSIONS + " where expires_at <= now() limit " + BATCH
			+ " for update skip locked)";

	private final DatabaseClient database;

	private final SessionProperties properties;

	private volatile Disposable sweeping = Disposables.disposed();

	ExpiredSessions(DatabaseClient database, SessionProperties properties) {
		this.database = database;
		this.properties = properties;
	}

	/** Deletes them (their attributes go with them), a batch at a time; how many. */
	Mono<Long> delete() {
		return batch().expand(deleted -> deleted == BATCH ? batch() : Mono.empty()).reduce(0L, Long::sum);
	}

	private Mono<Long> batch() {
		return database.sql(DELETE_BATCH).fetch().rowsUpdated();
	}

	@Override
	public void start() {
		sweeping = Flux.interval(properties.sweepEvery()).concatMap(tick -> delete().onErrorResume(failure -> {
			log.warn("Could not delete expired browser sessions: {}", failure.toString());
			return Mono.empty();
		})).subscribe();
	}

	@Override
	public void stop() {
		sweeping.dispose();
	}

	@Override
	public boolean isRunning() {
		return !sweeping.isDisposed();
	}

}
