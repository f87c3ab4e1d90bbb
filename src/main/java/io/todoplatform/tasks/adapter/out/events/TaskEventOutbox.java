package io.todoplatform.tasks.adapter.out.events;

import java.time.Clock;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Outbox;
import io.todoplatform.events.TraceContext;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.domain.TaskEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes task events to the tasks outbox as CloudEvents: type {@code task.<what happened>}, subject the task id,
 * partition key the owner, so one user's events keep their order.
 */
@Component
class TaskEventOutbox implements TaskEvents {

	static final String SOURCE = "/todo-platform/tasks";

	private final Outbox outbox;
	private final ModuleSchema schema;
	private final TraceContext trace;
	private final JsonMapper json;
	private final Clock clock;

	TaskEventOutbox(Outbox outbox, @Qualifier("tasksSchema") ModuleSchema schema, TraceContext trace,
			JsonMapper json, Clock clock) {
		this.outbox = outbox;
		this.schema = schema;
		this.trace = trace;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Mono<Void> publish(TaskEvent event) {
		var task = event.task();
		var cloudEvent = CloudEvent.of(SOURCE, type(event), task.id().toString(), clock.instant(),
				task.owner().subject(), trace.traceparent(), json.valueToTree(TaskEventData.of(task)));
		return outbox.append(schema, cloudEvent);
	}

	static String type(TaskEvent event) {
		return switch (event) {
			case TaskEvent.TaskCreated created -> "task.created";
			case TaskEvent.TaskUpdated updated -> "task.updated";
			case TaskEvent.TaskCompleted completed -> "task.completed";
			case TaskEvent.TaskReopened reopened -> "task.reopened";
			case TaskEvent.TaskDeleted deleted -> "task.deleted";
		};
	}
}
