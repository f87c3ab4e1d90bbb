package io.todoplatform.recurrence.adapter.in.events;

import io.todoplatform.events.Subscription;
import io.todoplatform.recurrence.application.port.in.FollowOccurrences;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.events.TaskCompleted;
import io.todoplatform.tasks.events.TaskData;
import io.todoplatform.tasks.events.TaskDeleted;
import org.jmolecules.event.annotation.DomainEventHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Subscribes recurrence to the task events that move a series on. Events about tasks
 * outside any series are ignored; {@code task.reopened} needs nothing: the next
 * occurrence already exists and history is kept as it happened.
 */
@Configuration(proxyBeanMethods = false)
class TaskEventsForSeries {

	private final FollowOccurrences occurrences;

	TaskEventsForSeries(FollowOccurrences occurrences) {
		this.occurrences = occurrences;
	}

	@Bean
	Subscription seriesOfTasks(@Qualifier("recurrenceSchema") ModuleSchema schema) {
		return Subscription.to("recurrence.follow-tasks", schema)
			.on(TaskCompleted.class, this::on)
			.on(TaskDeleted.class, this::on)
			.build();
	}

	@DomainEventHandler
	Mono<Void> on(TaskCompleted event) {
		var task = event.task();
		return ofSeries(task)
				? occurrences.occurrenceCompleted(new Owner(task.owner()), new SeriesId(task.seriesId()),
						task.occurrence(), task.completedAt() != null ? task.completedAt() : task.updatedAt())
				: Mono.empty();
	}

	@DomainEventHandler
	Mono<Void> on(TaskDeleted event) {
		var task = event.task();
		return ofSeries(task) ? occurrences.occurrenceDeleted(new Owner(task.owner()), new SeriesId(task.seriesId()),
				task.occurrence()) : Mono.empty();
	}

	private static boolean ofSeries(TaskData task) {
		return task.seriesId() != null && task.occurrence() != null;
	}

}
