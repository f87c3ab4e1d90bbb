package io.todoplatform.tasks.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import io.todoplatform.tasks.domain.Description;
import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.SeriesOccurrence;
import io.todoplatform.tasks.domain.Tags;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.domain.TaskStatus;
import io.todoplatform.tasks.domain.Title;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a task maps to a row of {@code tasks.task} and back.
 */
final class TaskRows {

	static final String COLUMNS = "id, owner, title, description, status, priority, tags, due_at, due_date, "
			+ "time_zone, created_at, updated_at, completed_at, version, series_id, occurrence, reminders";

	/**
	 * Reminders are stored as the fields of their forms, without nulls:
	 * {@code [{"before": "PT15M"}]}. The format is the column's alone, so it does not
	 * follow the API's JSON settings.
	 */
	private static final JsonMapper REMINDERS = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private static final TypeReference<List<ReminderFields>> REMINDER_LIST = new TypeReference<>() {
	};

	private TaskRows() {
	}

	static Task read(Readable row) {
		var zone = ZoneId.of(row.get("time_zone", String.class));
		var details = new TaskDetails(new Title(row.get("title", String.class)),
				new Description(row.get("description", String.class)),
				Priority.ofUrgency(row.get("priority", Short.class)), Tags.of(List.of(row.get("tags", String[].class))),
				due(row), zone, reminders(row));
		return new Task(new TaskId(row.get("id", UUID.class)), new Owner(row.get("owner", String.class)), details,
				TaskStatus.valueOf(row.get("status", String.class)), series(row), instant(row, "created_at"),
				instant(row, "updated_at"), nullableInstant(row, "completed_at"), row.get("version", Long.class));
	}

	/**
	 * Binds every column, named as in {@link #COLUMNS}, plus the derived due_start and
	 * due_deadline.
	 */
	static GenericExecuteSpec bind(GenericExecuteSpec spec, Task task) {
		var details = task.details();
		var due = details.due();
		var zone = details.timeZone();
		spec = spec.bind("id", task.id().id())
			.bind("owner", task.owner().subject())
			.bind("title", details.title().value())
			.bind("description", details.description().value())
			.bind("status", task.status().name())
			.bind("priority", (short) details.priority().urgency())
			.bind("tags", details.tags().slugs().toArray(String[]::new))
			.bind("time_zone", zone.getId())
			.bind("reminders", json(details.reminders()))
			.bind("created_at", utc(task.createdAt()))
			.bind("updated_at", utc(task.updatedAt()))
			.bind("version", task.version());
		spec = bindNullable(spec, "due_at", due instanceof Due.At at ? utc(at.instant()) : null, OffsetDateTime.class);
		spec = bindNullable(spec, "due_date", due instanceof Due.On on ? on.date() : null, LocalDate.class);
		spec = bindNullable(spec, "due_start", due == null ? null : utc(due.start(zone)), OffsetDateTime.class);
		spec = bindNullable(spec, "due_deadline", due == null ? null : utc(due.deadline(zone)), OffsetDateTime.class);
		var series = task.series();
		spec = bindNullable(spec, "series_id", series == null ? null : series.seriesId(), UUID.class);
		spec = bindNullable(spec, "occurrence", series == null ? null : series.occurrence(), String.class);
		return bindNullable(spec, "completed_at", task.completedAt() == null ? null : utc(task.completedAt()),
				OffsetDateTime.class);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, @Nullable T value,
			Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

	private static Json json(List<ReminderRule> reminders) {
		return Json.of(REMINDERS.writeValueAsString(reminders.stream().map(ReminderFields::of).toList()));
	}

	private static List<ReminderRule> reminders(Readable row) {
		return REMINDERS.readValue(row.get("reminders", Json.class).asString(), REMINDER_LIST)
			.stream()
			.map(ReminderFields::rule)
			.toList();
	}

	private static @Nullable SeriesOccurrence series(Readable row) {
		var seriesId = row.get("series_id", UUID.class);
		return seriesId == null ? null : new SeriesOccurrence(seriesId, row.get("occurrence", String.class));
	}

	private static @Nullable Due due(Readable row) {
		var at = nullableInstant(row, "due_at");
		var date = row.get("due_date", LocalDate.class);
		return at != null ? new Due.At(at) : date != null ? new Due.On(date) : null;
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(Readable row, String column) {
		var value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
