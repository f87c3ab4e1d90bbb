package io.todoplatform.events;

import java.time.Duration;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The events' own database connections, beside the application's pool: a small pool for
 * the drains of outboxes and inboxes, and a dedicated connection per schema for its
 * leadership (held for as long as the process runs). Under load, requests hold every
 * pooled connection and more wait for one; a relay queueing behind them let events wait
 * seconds after their commit (measured: the benchmark in docs/benchmarks.md). With
 * connections of its own it keeps up.
 */
@Component
class RelayConnections implements DisposableBean {

	private static final int SIZE = 4;

	private final ConnectionFactory unpooled;

	private final ConnectionPool pool;

	private final DatabaseClient database;

	RelayConnections(ConnectionFactory application) {
		this.unpooled = unpooled(application);
		this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(unpooled)
			.initialSize(1)
			.maxSize(SIZE)
			.maxIdleTime(Duration.ofMinutes(30))
			.validationQuery("select 1")
			.build());
		this.database = DatabaseClient.create(pool);
	}

	DatabaseClient database() {
		return database;
	}

	/**
	 * Opens connections that nothing else shares: a leader holds its schema's lock on one
	 * for as long as it leads.
	 */
	ConnectionFactory dedicated() {
		return unpooled;
	}

	/**
	 * The application's connection factory without its pool, to open connections that no
	 * request can take.
	 */
	private static ConnectionFactory unpooled(ConnectionFactory application) {
		return application instanceof ConnectionPool pooled ? pooled.unwrap() : application;
	}

	@Override
	public void destroy() {
		pool.dispose();
	}

}
