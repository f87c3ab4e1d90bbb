package io.todoplatform.tasks.adapter.out.events;

import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.domain.TaskEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes task events to the tasks outbox as CloudEvents: type {@code task.<what happened>}, subject the task id,
 * partition key the owner, so one user's events keep their order.
 */
@Component
class TaskEventOutbox implements TaskEvents {

	static final String SOURCE = "/todo-platform/tasks";

	private final ModuleOutbox outbox;

	TaskEventOutbox(Outbox outbox, @Qualifier("tasksSchema") ModuleSchema schema) {
		this.outbox = outbox.of(schema, SOURCE);
	}

	@Override
	public Mono<Void> publish(TaskEvent event) {
		var task = event.task();
		return outbox.append(type(event), task.id().toString(), task.owner().subject(), TaskEventData.of(task));
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
