package io.todoplatform.tasks.adapter.in.events;

import java.time.ZoneOffset;
import java.util.Set;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Subscription;
import io.todoplatform.events.UnprocessableEventException;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.adapter.in.events.SeriesRequests.OccurrenceDue;
import io.todoplatform.tasks.adapter.in.events.SeriesRequests.OccurrenceSkipped;
import io.todoplatform.tasks.adapter.in.events.SeriesRequests.SeriesStopped;
import io.todoplatform.tasks.application.port.in.FollowSeries;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.RuleViolationException;
import io.todoplatform.tasks.domain.SeriesInstance;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes tasks to the recurrence module's requests. Data that can never become a valid task is set aside rather
 * than retried.
 */
@Configuration(proxyBeanMethods = false)
class SeriesRequestHandler {

	static final String INSTANCE_DUE = "recurrence.instance-due";
	static final String INSTANCE_SKIPPED = "recurrence.instance-skipped";
	static final String SERIES_STOPPED = "recurrence.series-stopped";

	private final FollowSeries series;
	private final JsonMapper json;

	SeriesRequestHandler(FollowSeries series, JsonMapper json) {
		this.series = series;
		this.json = json;
	}

	@Bean
	Subscription seriesRequests(@Qualifier("tasksSchema") ModuleSchema schema) {
		return new Subscription(Set.of(INSTANCE_DUE, INSTANCE_SKIPPED, SERIES_STOPPED), "tasks.series-requests", schema,
				this::handle);
	}

	/**
	 * Whatever fails while turning the data into a request (missing fields, values no task may have) can never
	 * succeed; failures of the request itself (the database) are worth retrying.
	 */
	Mono<Void> handle(CloudEvent event) {
		return Mono.defer(() -> {
			try {
				return request(event);
			}
			catch (RuleViolationException | JacksonException | IllegalArgumentException | NullPointerException e) {
				return Mono.error(new UnprocessableEventException(
						"Malformed " + event.type() + " " + event.id() + ": " + e.getMessage(), e));
			}
		});
	}

	private Mono<Void> request(CloudEvent event) {
		return switch (event.type()) {
			case INSTANCE_DUE -> create(json.treeToValue(event.data(), OccurrenceDue.class));
			case INSTANCE_SKIPPED -> skip(json.treeToValue(event.data(), OccurrenceSkipped.class));
			case SERIES_STOPPED -> stop(json.treeToValue(event.data(), SeriesStopped.class));
			default -> throw new IllegalArgumentException("not a series request");
		};
	}

	private Mono<Void> create(OccurrenceDue due) {
		var details = TaskDetails.of(due.title(), due.description(), due.priority(), due.tags(), due.dueAt(),
				due.dueDate(), due.timeZone(), null, ZoneOffset.UTC);
		return series.createOccurrence(new TaskId(due.taskId()), new Owner(due.owner()),
				new SeriesInstance(due.seriesId(), due.occurrence()), details);
	}

	private Mono<Void> skip(OccurrenceSkipped skipped) {
		return series.skipOccurrence(new Owner(skipped.owner()), new TaskId(skipped.taskId()));
	}

	private Mono<Void> stop(SeriesStopped stopped) {
		return stopped.deleteOpenInstance() && stopped.openTaskId() != null
				? series.deleteOpenOccurrence(new Owner(stopped.owner()), new TaskId(stopped.openTaskId()))
				: Mono.empty();
	}
}
