package io.todoplatform.notifications.adapter.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import io.todoplatform.notifications.domain.RuleForm;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class StoredReminders implements Reminders {

	private static final String TABLE = ReminderSchema.NAME + ".reminder";

	private static final String COLUMNS = "id, owner, task_id, rule, rule_fire_at, fire_at, status, attempts, sent_at, "
			+ "last_error, updated_at, version";

	private static final String SELECT = "select " + COLUMNS + " from " + TABLE;

	private static final String INSERT = "insert into " + TABLE + " (" + COLUMNS + ", claimed_until) values (:id, "
			+ ":owner, :task_id, :rule, :rule_fire_at, :fire_at, :status, :attempts, :sent_at, :last_error, "
			+ ":updated_at, :version, null) on conflict (id) do nothing";

	/**
	 * The version it was read at is in the condition: a change that another one overtook
	 * writes nothing.
	 */
	private static final String UPDATE = "update " + TABLE + " set rule_fire_at = :rule_fire_at, fire_at = :fire_at, "
			+ "status = :status, attempts = :attempts, sent_at = :sent_at, last_error = :last_error, "
			+ "updated_at = :updated_at, version = :version, claimed_until = null "
			+ "where id = :id and version = :version - 1";

	private static final String CLAIM = "update " + TABLE + " set attempts = attempts + 1, updated_at = :now, "
			+ "claimed_until = :until, version = version + 1 where id = :id and fire_at = :fire_at "
			+ "and status = 'SCHEDULED' and (claimed_until is null or claimed_until < :now) returning " + COLUMNS;

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	StoredReminders(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	@Override
	public Mono<Reminder> find(ReminderId id) {
		return database.sql(SELECT + " where id = :id").bind("id", id.id()).map(this::read).one();
	}

	@Override
	public Mono<Reminder> find(String owner, ReminderId id) {
		return database.sql(SELECT + " where id = :id and owner = :owner")
			.bind("id", id.id())
			.bind("owner", owner)
			.map(this::read)
			.one();
	}

	@Override
	public Flux<Reminder> ofTask(UUID taskId) {
		return database.sql(SELECT + " where task_id = :task_id").bind("task_id", taskId).map(this::read).all();
	}

	@Override
	public Flux<Reminder> list(String owner, @Nullable UUID taskId, int limit) {
		var spec = database
			.sql(SELECT + " where owner = :owner" + (taskId == null ? "" : " and task_id = :task_id")
					+ " order by fire_at, id limit :limit")
			.bind("owner", owner)
			.bind("limit", limit);
		return (taskId == null ? spec : spec.bind("task_id", taskId)).map(this::read).all();
	}

	@Override
	public Flux<Reminder> scheduled() {
		return database.sql(SELECT + " where status = 'SCHEDULED'").map(this::read).all();
	}

	@Override
	public Flux<Reminder> overdue(Instant now) {
		return database.sql(SELECT + " where status = 'SCHEDULED' and fire_at <= :now")
			.bind("now", utc(now))
			.map(this::read)
			.all();
	}

	@Override
	public Mono<Reminder> save(Reminder reminder) {
		var spec = database.sql(reminder.version() == 0 ? INSERT : UPDATE)
			.bind("id", reminder.id().id())
			.bind("rule_fire_at", utc(reminder.ruleFireAt()))
			.bind("fire_at", utc(reminder.fireAt()))
			.bind("status", reminder.status().name())
			.bind("attempts", reminder.attempts())
			.bind("updated_at", utc(reminder.updatedAt()))
			.bind("version", reminder.version());
		if (reminder.version() == 0) {
			spec = spec.bind("owner", reminder.owner())
				.bind("task_id", reminder.taskId())
				.bind("rule", Json.of(json.writeValueAsString(reminder.rule().fields())));
		}
		spec = nullable(spec, "sent_at", reminder.sentAt() == null ? null : utc(reminder.sentAt()),
				OffsetDateTime.class);
		spec = nullable(spec, "last_error", reminder.lastError(), String.class);
		return spec.fetch().rowsUpdated().flatMap(written -> written == 1 ? Mono.just(reminder) : Mono.empty());
	}

	@Override
	public Mono<Reminder> claim(ReminderId id, Instant fireAt, Instant now, Duration lease) {
		return database.sql(CLAIM)
			.bind("id", id.id())
			.bind("fire_at", utc(fireAt))
			.bind("now", utc(now))
			.bind("until", utc(now.plus(lease)))
			.map(this::read)
			.one();
	}

	private Reminder read(Readable row) {
		return new Reminder(new ReminderId(row.get("id", UUID.class)), row.get("owner", String.class),
				row.get("task_id", UUID.class),
				RuleForm.of(json.readValue(row.get("rule", Json.class).asString(), FIELDS)),
				instant(row, "rule_fire_at"), instant(row, "fire_at"),
				ReminderStatus.valueOf(row.get("status", String.class)), row.get("attempts", Integer.class),
				nullableInstant(row, "sent_at"), row.get("last_error", String.class), instant(row, "updated_at"),
				row.get("version", Long.class));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant nullableInstant(Readable row, String column) {
		var value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

}
