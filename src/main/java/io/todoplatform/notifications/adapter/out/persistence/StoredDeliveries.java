package io.todoplatform.notifications.adapter.out.persistence;

import java.time.Instant;

import io.todoplatform.notifications.application.port.out.Deliveries;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.ReminderId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class StoredDeliveries implements Deliveries {

	private static final String TABLE = ReminderSchema.NAME + ".delivery";

	private final DatabaseClient database;

	StoredDeliveries(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Flux<String> delivered(ReminderId id, Instant fireAt) {
		return database.sql("select destination from " + TABLE + " where reminder_id = :id and fire_at = :fire_at")
			.bind("id", id.id())
			.bind("fire_at", StoredReminders.utc(fireAt))
			.map(row -> row.get("destination", String.class))
			.all();
	}

	@Override
	public Mono<Void> record(ReminderId id, Instant fireAt, Destination destination, String channel, Instant at) {
		return database
			.sql("insert into " + TABLE + " (reminder_id, fire_at, destination, channel, delivered_at) "
					+ "values (:id, :fire_at, :destination, :channel, :at) on conflict do nothing")
			.bind("id", id.id())
			.bind("fire_at", StoredReminders.utc(fireAt))
			.bind("destination", destination.key())
			.bind("channel", channel)
			.bind("at", StoredReminders.utc(at))
			.then();
	}

}
