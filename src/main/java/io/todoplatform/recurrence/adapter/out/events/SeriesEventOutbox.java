package io.todoplatform.recurrence.adapter.out.events;

import java.util.List;
import java.util.Locale;

import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.recurrence.application.port.out.SeriesRequests;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesEvent;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.requests.OccurrenceDue;
import io.todoplatform.tasks.requests.OccurrenceSkipped;
import io.todoplatform.tasks.requests.SeriesStopped;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes what a series asks of tasks to the recurrence outbox, as the requests of
 * {@code tasks.requests} ({@code recurrence.instance-due},
 * {@code recurrence.instance-skipped}, {@code recurrence.series-stopped}); subject the
 * series id, partition key the owner. Schemas:
 * {@code docs/events/recurrence.*.schema.json}.
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
		return outbox.append(series.id().toString(), series.owner().subject(), request(event));
	}

	static Record request(SeriesEvent event) {
		var series = event.series();
		var id = series.id().id();
		var owner = series.owner().subject();
		return switch (event) {
			case SeriesEvent.OccurrenceDue due -> due(series, due);
			case SeriesEvent.OccurrenceSkipped skipped ->
				new OccurrenceSkipped(id, owner, skipped.taskId(), skipped.occurrence().iso());
			case SeriesEvent.SeriesStopped stopped ->
				new SeriesStopped(id, owner, stopped.openTaskId(), stopped.deleteOpenInstance());
		};
	}

	/**
	 * The task to create: the template, due at the occurrence (on its day, for all-day
	 * series); and what made it due, when, for tasks to measure how soon it follows.
	 */
	private static OccurrenceDue due(Series series, SeriesEvent.OccurrenceDue due) {
		var template = series.template();
		var occurrence = due.occurrence();
		return new OccurrenceDue(series.id().id(), series.owner().subject(), due.taskId(), occurrence.iso(),
				template.title(), template.description(), template.priority().name(), List.copyOf(template.tags()),
				series.schedule().zone().getId(), occurrence.allDay() ? null : occurrence.instant(),
				occurrence.allDay() ? occurrence.date() : null, due.cause().name().toLowerCase(Locale.ROOT),
				due.causedAt());
	}

}
