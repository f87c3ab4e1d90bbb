package io.todoplatform.tasks.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import io.todoplatform.tasks.application.port.out.Tasks;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskPage;
import io.todoplatform.tasks.domain.TaskQuery;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class StoredTasks implements Tasks {

	private static final String TABLE = TaskSchema.NAME + ".task";

	private static final String INSERT = "insert into " + TABLE + " (" + TaskRows.COLUMNS
			+ ", due_start, due_deadline) values (:id, :owner, :title, :description, :status, :priority, :tags, "
			+ ":due_at, :due_date, :time_zone, :created_at, :updated_at, :completed_at, :version, :series_id, "
			+ ":occurrence, :reminders, :due_start, :due_deadline)";

	/**
	 * An occurrence a series asked for twice (redelivery, concurrent consumers) is stored
	 * once.
	 */
	private static final String INSERT_OCCURRENCE = INSERT + " on conflict do nothing";

	private static final String UPDATE = "update " + TABLE + " set title = :title, description = :description, "
			+ "status = :status, priority = :priority, tags = :tags, due_at = :due_at, due_date = :due_date, "
			+ "due_start = :due_start, due_deadline = :due_deadline, time_zone = :time_zone, "
			+ "reminders = :reminders, updated_at = :updated_at, completed_at = :completed_at, version = :version "
			+ "where id = :id and owner = :owner and version = :version - 1 and created_at = :created_at "
			+ "and series_id is not distinct from :series_id and occurrence is not distinct from :occurrence";

	private final DatabaseClient database;

	StoredTasks(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Task> insert(Task task) {
		return TaskRows.bind(database.sql(INSERT), task).then().thenReturn(task);
	}

	@Override
	public Mono<Boolean> insertOccurrence(Task task) {
		return TaskRows.bind(database.sql(INSERT_OCCURRENCE), task)
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
	}

	@Override
	public Mono<Task> update(Task task) {
		return TaskRows.bind(database.sql(UPDATE), task)
			.fetch()
			.rowsUpdated()
			.flatMap(updated -> updated == 1 ? Mono.just(task) : Mono.empty());
	}

	@Override
	public Mono<Task> find(Owner owner, TaskId id) {
		return database.sql("select " + TaskRows.COLUMNS + " from " + TABLE + " where id = :id and owner = :owner")
			.bind("id", id.id())
			.bind("owner", owner.subject())
			.map(TaskRows::read)
			.one();
	}

	@Override
	public Mono<Task> latestOccurrence(Owner owner, UUID seriesId) {
		return database
			.sql("select " + TaskRows.COLUMNS + " from " + TABLE + " where owner = :owner "
					+ "and series_id = :series_id order by created_at desc, id limit 1")
			.bind("owner", owner.subject())
			.bind("series_id", seriesId)
			.map(TaskRows::read)
			.one();
	}

	@Override
	public Mono<Task> delete(Task task) {
		return database.sql("delete from " + TABLE + " where id = :id and owner = :owner and version = :version")
			.bind("id", task.id().id())
			.bind("owner", task.owner().subject())
			.bind("version", task.version())
			.fetch()
			.rowsUpdated()
			.flatMap(deleted -> deleted == 1 ? Mono.just(task) : Mono.empty());
	}

	/**
	 * The page and the total are two queries run side by side. One query with a window
	 * count would scan once, but it rules out PostgreSQL's parallel plans: measured on
	 * 100,000 tasks with 63,000 matches, 129 ms against 41 + 29 ms.
	 */
	@Override
	public Mono<TaskPage> find(Owner owner, TaskQuery query, Instant now) {
		var filter = TaskFilter.of(owner, query, now);
		var items = bind(database.sql("select " + TaskRows.COLUMNS + " from " + TABLE + " where " + filter.where()
				+ " order by " + filter.orderBy() + " limit :limit offset :offset"), filter)
			.bind("limit", query.size())
			.bind("offset", query.offset())
			.map(TaskRows::read)
			.all()
			.collectList();
		var total = bind(database.sql("select count(*) from " + TABLE + " where " + filter.where()), filter)
			.map(row -> row.get(0, Long.class))
			.one();
		return Mono.zip(items, total, (page, count) -> new TaskPage(page, query.page(), query.size(), count));
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, TaskFilter filter) {
		for (var bind : filter.binds().entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec;
	}

}
