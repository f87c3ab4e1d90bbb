package io.todoplatform.notifications.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import io.todoplatform.notifications.application.port.out.TaskSnapshots;
import io.todoplatform.notifications.domain.TaskSnapshot;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class StoredTaskSnapshots implements TaskSnapshots {

	private static final String TABLE = ReminderSchema.NAME + ".task_snapshot";

	private static final String UPSERT = "insert into " + TABLE + " (task_id, owner, title, open, due, all_day, "
			+ "time_zone, version, deleted) values (:task_id, :owner, :title, :open, :due, :all_day, :time_zone, "
			+ ":version, :deleted) on conflict (task_id) do update set title = excluded.title, open = excluded.open, "
			+ "due = excluded.due, all_day = excluded.all_day, time_zone = excluded.time_zone, "
			+ "version = excluded.version, deleted = excluded.deleted";

	private final DatabaseClient database;

	StoredTaskSnapshots(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<TaskSnapshot> find(UUID taskId) {
		return database.sql("select * from " + TABLE + " where task_id = :task_id")
			.bind("task_id", taskId)
			.map(StoredTaskSnapshots::read)
			.one();
	}

	@Override
	public Mono<Void> save(TaskSnapshot task) {
		var spec = database.sql(UPSERT)
			.bind("task_id", task.taskId())
			.bind("owner", task.owner())
			.bind("title", task.title())
			.bind("open", task.open())
			.bind("all_day", task.allDay())
			.bind("time_zone", task.zone().getId())
			.bind("version", task.version())
			.bind("deleted", task.deleted());
		return StoredReminders
			.nullable(spec, "due", task.due() == null ? null : StoredReminders.utc(task.due()), OffsetDateTime.class)
			.then();
	}

	private static TaskSnapshot read(Readable row) {
		return new TaskSnapshot(row.get("task_id", UUID.class), row.get("owner", String.class),
				row.get("title", String.class), row.get("open", Boolean.class),
				StoredReminders.nullableInstant(row, "due"), row.get("all_day", Boolean.class),
				ZoneId.of(row.get("time_zone", String.class)), row.get("version", Long.class),
				row.get("deleted", Boolean.class));
	}

}
