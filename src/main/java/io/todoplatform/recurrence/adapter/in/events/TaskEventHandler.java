package io.todoplatform.recurrence.adapter.in.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Subscription;
import io.todoplatform.events.UnprocessableEventException;
import io.todoplatform.recurrence.application.port.in.FollowTasks;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes recurrence to the task events that move a series on. Events about tasks outside any series are ignored;
 * {@code task.reopened} needs nothing: the next occurrence already exists and history is kept as it happened.
 */
@Configuration(proxyBeanMethods = false)
class TaskEventHandler {

	static final String COMPLETED = "task.completed";
	static final String DELETED = "task.deleted";

	private final FollowTasks follow;
	private final JsonMapper json;

	TaskEventHandler(FollowTasks follow, JsonMapper json) {
		this.follow = follow;
		this.json = json;
	}

	@Bean
	Subscription taskEventsForSeries(@Qualifier("recurrenceSchema") ModuleSchema schema) {
		return new Subscription(Set.of(COMPLETED, DELETED), "recurrence.follow-tasks", schema, this::handle);
	}

	/** The part of a task event's data that recurrence reads; the rest is none of its business. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskOfSeries(String owner, @Nullable UUID seriesId, @Nullable String occurrence,
			@Nullable Instant completedAt) {
	}

	Mono<Void> handle(CloudEvent event) {
		return Mono.defer(() -> {
			TaskOfSeries task;
			try {
				task = json.treeToValue(event.data(), TaskOfSeries.class);
			}
			catch (JacksonException | IllegalArgumentException e) {
				return Mono.error(new UnprocessableEventException("Malformed " + event.type() + " " + event.id(), e));
			}
			if (task.seriesId() == null || task.occurrence() == null) {
				return Mono.empty();
			}
			var owner = new Owner(task.owner());
			var series = new SeriesId(task.seriesId());
			return event.type().equals(COMPLETED)
					? follow.occurrenceCompleted(owner, series, task.occurrence(),
							task.completedAt() != null ? task.completedAt() : event.time())
					: follow.occurrenceDeleted(owner, series, task.occurrence());
		});
	}
}
