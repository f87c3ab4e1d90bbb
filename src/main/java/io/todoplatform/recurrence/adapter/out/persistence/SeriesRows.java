package io.todoplatform.recurrence.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * How a series maps to a row of {@code recurrence.series} and back.
 */
final class SeriesRows {

	static final String COLUMNS = "id, owner, title, description, priority, tags, rrule, dtstart, exdates, time_zone, "
			+ "anchor, active, generated, current_start, created_at, updated_at, version";

	private SeriesRows() {
	}

	static Series read(Readable row) {
		var zone = ZoneId.of(row.get("time_zone", String.class));
		var template = new SeriesTemplate(row.get("title", String.class), row.get("description", String.class),
				TemplatePriority.valueOf(row.get("priority", String.class)),
				new TreeSet<>(List.of(row.get("tags", String[].class))));
		var exdates = Arrays.stream(row.get("exdates", String[].class))
			.map(SeriesRows::start)
			.collect(Collectors.toSet());
		var schedule = RecurrenceSchedule.of(RecurrenceRule.parse(row.get("rrule", String.class)),
				start(row.get("dtstart", String.class)), zone, exdates);
		return Series.restore(new SeriesId(row.get("id", UUID.class)), new Owner(row.get("owner", String.class)),
				template, schedule, Anchor.valueOf(row.get("anchor", String.class)), row.get("active", Boolean.class),
				row.get("generated", Integer.class), start(row.get("current_start", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant(), row.get("version", Long.class));
	}

	static GenericExecuteSpec bind(GenericExecuteSpec spec, Series series) {
		var template = series.template();
		var schedule = series.schedule();
		return spec.bind("id", series.id().id())
			.bind("owner", series.owner().subject())
			.bind("title", template.title())
			.bind("description", template.description())
			.bind("priority", template.priority().name())
			.bind("tags", template.tags().toArray(String[]::new))
			.bind("rrule", schedule.rule().value())
			.bind("dtstart", schedule.start().iso())
			.bind("exdates", schedule.exdates().stream().map(SeriesStart::iso).sorted().toArray(String[]::new))
			.bind("time_zone", schedule.zone().getId())
			.bind("anchor", series.anchor().name())
			.bind("active", series.active())
			.bind("generated", series.generated())
			.bind("current_start", series.current().local().iso())
			.bind("created_at", series.createdAt().atOffset(ZoneOffset.UTC))
			.bind("updated_at", series.updatedAt().atOffset(ZoneOffset.UTC))
			.bind("version", series.version());
	}

	/**
	 * Stored starts were checked when they were written; a failure here means the row was
	 * tampered with.
	 */
	private static SeriesStart start(String text) {
		return SeriesStart.parse("stored start", text);
	}

}
