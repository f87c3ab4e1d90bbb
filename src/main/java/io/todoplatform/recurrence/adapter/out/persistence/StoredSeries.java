package io.todoplatform.recurrence.adapter.out.persistence;

import io.todoplatform.recurrence.application.port.out.AllSeries;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class StoredSeries implements AllSeries {

	private static final String TABLE = SeriesSchema.NAME + ".series";

	private static final String SELECT = "select " + SeriesRows.COLUMNS + " from " + TABLE;

	private static final String INSERT = "insert into " + TABLE + " (" + SeriesRows.COLUMNS + ") values (:id, :owner, "
			+ ":title, :description, :priority, :tags, :rrule, :dtstart, :exdates, :time_zone, :anchor, :active, "
			+ ":generated, :current_start, :created_at, :updated_at, :version)";

	private static final String UPDATE = "update " + TABLE + " set title = :title, description = :description, "
			+ "priority = :priority, tags = :tags, rrule = :rrule, dtstart = :dtstart, exdates = :exdates, "
			+ "time_zone = :time_zone, anchor = :anchor, active = :active, generated = :generated, "
			+ "current_start = :current_start, updated_at = :updated_at, version = :version "
			+ "where id = :id and owner = :owner and version = :version - 1 and created_at = :created_at";

	private final DatabaseClient database;

	StoredSeries(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Series> insert(Series series) {
		return SeriesRows.bind(database.sql(INSERT), series).then().thenReturn(series);
	}

	@Override
	public Mono<Series> update(Series series) {
		return SeriesRows.bind(database.sql(UPDATE), series)
			.fetch()
			.rowsUpdated()
			.flatMap(updated -> updated == 1 ? Mono.just(series) : Mono.empty());
	}

	@Override
	public Mono<Series> find(Owner owner, SeriesId id) {
		return database.sql(SELECT + " where id = :id and owner = :owner")
			.bind("id", id.id())
			.bind("owner", owner.subject())
			.map(SeriesRows::read)
			.one();
	}

	@Override
	public Flux<Series> list(Owner owner) {
		return database.sql(SELECT + " where owner = :owner order by created_at, id")
			.bind("owner", owner.subject())
			.map(SeriesRows::read)
			.all();
	}

}
