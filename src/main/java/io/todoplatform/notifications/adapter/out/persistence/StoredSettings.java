package io.todoplatform.notifications.adapter.out.persistence;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import io.todoplatform.notifications.application.port.out.SettingsStore;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.NotificationSettings;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings, with push endpoints as JSON. Webhook secrets are stored as given: they sign
 * requests, so they must be readable (a secret store would be the place for them in a
 * hardened deployment).
 */
@Repository
class StoredSettings implements SettingsStore {

	private static final String TABLE = ReminderSchema.NAME + ".notification_settings";

	private static final TypeReference<List<Map<String, String>>> PUSH = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	private final Clock clock;

	StoredSettings(DatabaseClient database, JsonMapper json, Clock clock) {
		this.database = database;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Mono<NotificationSettings> find(String owner) {
		return database.sql("select owner, email, push from " + TABLE + " where owner = :owner")
			.bind("owner", owner)
			.map(this::read)
			.one();
	}

	@Override
	public Mono<NotificationSettings> save(NotificationSettings settings) {
		var spec = database
			.sql("insert into " + TABLE + " (owner, email, push, updated_at) values (:owner, :email, "
					+ ":push, :now) on conflict (owner) do update set email = excluded.email, push = excluded.push, "
					+ "updated_at = excluded.updated_at")
			.bind("owner", settings.owner())
			.bind("push",
					Json.of(json.writeValueAsString(settings.push().stream().map(StoredSettings::fields).toList())))
			.bind("now", StoredReminders.utc(clock.instant()));
		var email = settings.email();
		return StoredReminders.nullable(spec, "email", email == null ? null : email.address(), String.class)
			.then()
			.thenReturn(settings);
	}

	private NotificationSettings read(Readable row) {
		var email = row.get("email", String.class);
		var push = json.readValue(row.get("push", Json.class).asString(), PUSH)
			.stream()
			.map(StoredSettings::destination)
			.toList();
		return new NotificationSettings(row.get("owner", String.class),
				email == null ? null : new Destination.Email(email), push);
	}

	private static Map<String, String> fields(Destination destination) {
		return switch (destination) {
			case Destination.Webhook webhook ->
				Map.of("type", "webhook", "url", webhook.url().toString(), "secret", webhook.secret());
			case Destination.Fcm fcm -> Map.of("type", "fcm", "token", fcm.token());
			case Destination.Email email -> throw new IllegalArgumentException("Email is not a push endpoint");
		};
	}

	private static Destination destination(Map<String, String> fields) {
		return "webhook".equals(fields.get("type"))
				? new Destination.Webhook(URI.create(fields.get("url")), fields.get("secret"))
				: new Destination.Fcm(fields.get("token"));
	}

}
