package io.todoplatform.recurrence.adapter.out.events;

import java.util.LinkedHashMap;
import java.util.Map;


import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.recurrence.application.port.out.SeriesRequests;
import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesEvent;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceDue;
import io.todoplatform.recurrence.domain.SeriesEvent.OccurrenceSkipped;
import io.todoplatform.recurrence.domain.SeriesEvent.SeriesStopped;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes series requests to the recurrence outbox as CloudEvents ({@code recurrence.instance-due},
 * {@code recurrence.instance-skipped}, {@code recurrence.series-stopped}); subject the series id, partition key the
 * owner. Schemas: {@code docs/events/recurrence.*.schema.json}.
 */
@Component
class SeriesEventOutbox implements SeriesRequests {

	static final String SOURCE = "/todo-platform/recurrence";

	private final ModuleOutbox outbox;

	SeriesEventOutbox(Outbox outbox, @Qualifier("recurrenceSchema") ModuleSchema schema) {
		this.outbox = outbox.of(schema, SOURCE);
	}

	@Override
	public Mono<Void> send(SeriesEvent event) {
		var series = event.series();
		return outbox.append(type(event), series.id().toString(), series.owner().subject(), data(event));
	}

	static String type(SeriesEvent event) {
		return switch (event) {
			case OccurrenceDue due -> "recurrence.instance-due";
			case OccurrenceSkipped skipped -> "recurrence.instance-skipped";
			case SeriesStopped stopped -> "recurrence.series-stopped";
		};
	}

	private static Map<String, Object> data(SeriesEvent event) {
		var data = new LinkedHashMap<String, Object>();
		data.put("seriesId", event.series().id().id());
		data.put("owner", event.series().owner().subject());
		switch (event) {
			case OccurrenceDue due -> {
				data.put("taskId", due.taskId());
				data.put("occurrence", due.occurrence().iso());
				template(data, due.series(), due.occurrence());
			}
			case OccurrenceSkipped skipped -> {
				data.put("taskId", skipped.taskId());
				data.put("occurrence", skipped.occurrence().iso());
			}
			case SeriesStopped stopped -> {
				data.put("openTaskId", stopped.openTaskId());
				data.put("deleteOpenInstance", stopped.deleteOpenInstance());
			}
		}
		return data;
	}

	/** The task to create: the template, due at the occurrence (on its day, for all-day series). */
	private static void template(Map<String, Object> data, Series series, Occurrence occurrence) {
		var template = series.template();
		data.put("title", template.title());
		data.put("description", template.description());
		data.put("priority", template.priority().name());
		data.put("tags", template.tags());
		data.put("timeZone", series.schedule().zone().getId());
		data.put("dueAt", occurrence.allDay() ? null : occurrence.instant());
		data.put("dueDate", occurrence.allDay() ? occurrence.date() : null);
	}
}
