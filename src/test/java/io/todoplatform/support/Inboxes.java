package io.todoplatform.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What tests wait for in a module's inbox, where events wait until their consumers have
 * handled them.
 */
public final class Inboxes {

	private Inboxes() {
	}

	/**
	 * Waits until no consumer in {@code schema} still waits to handle the event: it was
	 * handled or set aside.
	 */
	public static void awaitSettled(DatabaseClient database, String schema, String eventId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> database
				.sql("select count(*) from " + schema + ".inbox where event_id = :id" + " and set_aside_at is null")
				.bind("id", eventId)
				.map(row -> row.get(0, Long.class))
				.one()
				.block() == 0);
	}

	/** Why the event was set aside in {@code schema}, or null when it was not. */
	public static String setAsideBecause(DatabaseClient database, String schema, String eventId) {
		return database.sql("select reason from " + schema + ".set_aside_events where event_id = :id")
			.bind("id", eventId)
			.map(row -> row.get(0, String.class))
			.one()
			.block();
	}

}
