package io.todoplatform.tasks.adapter.in.events;

import java.time.ZoneOffset;

import io.todoplatform.events.Subscription;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.application.port.in.FollowSeries;
import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.SeriesOccurrence;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.TaskId;
import io.todoplatform.tasks.requests.OccurrenceDue;
import io.todoplatform.tasks.requests.OccurrenceSkipped;
import io.todoplatform.tasks.requests.SeriesStopped;
import org.jmolecules.architecture.cqrs.CommandHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Subscribes tasks to what series ask of it. A request whose values no task may have is
 * refused while it is mapped (the {@code events} module then sets it aside); failures of
 * the work itself (the database) are worth retrying.
 */
@Configuration(proxyBeanMethods = false)
class SeriesRequestsForTasks {

	private final FollowSeries series;

	private final NextOccurrenceTimer nextOccurrence;

	SeriesRequestsForTasks(FollowSeries series, NextOccurrenceTimer nextOccurrence) {
		this.series = series;
		this.nextOccurrence = nextOccurrence;
	}

	@Bean
	Subscription seriesRequests(@Qualifier("tasksSchema") ModuleSchema schema) {
		return Subscription.to("tasks.series-requests", schema)
			.on(OccurrenceDue.class, this::on)
			.on(OccurrenceSkipped.class, this::on)
			.on(SeriesStopped.class, this::on)
			.build();
	}

	@CommandHandler
	Mono<Void> on(OccurrenceDue due) {
		var details = TaskDetails.of(due.title(), due.description(),
				due.priority() == null ? null : Priority.valueOf(due.priority()), due.tags(), due.dueAt(),
				due.dueDate(), due.timeZone(), null, ZoneOffset.UTC);
		return series
			.createOccurrence(new TaskId(due.taskId()), new Owner(due.owner()),
					new SeriesOccurrence(due.seriesId(), due.occurrence()), details)
			.flatMap(created -> created ? nextOccurrence.created(due) : Mono.empty());
	}

	@CommandHandler
	Mono<Void> on(OccurrenceSkipped skipped) {
		return series.skipOccurrence(new Owner(skipped.owner()), new TaskId(skipped.taskId()));
	}

	@CommandHandler
	Mono<Void> on(SeriesStopped stopped) {
		return stopped.deleteOpenInstance() && stopped.openTaskId() != null
				? series.deleteOpenOccurrence(new Owner(stopped.owner()), new TaskId(stopped.openTaskId()))
				: Mono.empty();
	}

}
