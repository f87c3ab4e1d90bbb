package io.todoplatform.tasks.adapter.out.events;

import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.application.port.out.TaskEvents;
import io.todoplatform.tasks.domain.TaskEvent;
import io.todoplatform.tasks.events.TaskCompleted;
import io.todoplatform.tasks.events.TaskCreated;
import io.todoplatform.tasks.events.TaskDeleted;
import io.todoplatform.tasks.events.TaskReopened;
import io.todoplatform.tasks.events.TaskUpdated;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes task events to the tasks outbox as the records of {@code tasks.events}: subject
 * the task id, partition key the owner, so one user's events keep their order.
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
		return outbox.append(task.id().toString(), task.owner().subject(), payload(event));
	}

	static Record payload(TaskEvent event) {
		var task = TaskDataOf.of(event.task());
		return switch (event) {
			case TaskEvent.TaskCreated created -> new TaskCreated(task);
			case TaskEvent.TaskUpdated updated -> new TaskUpdated(task);
			case TaskEvent.TaskCompleted completed -> new TaskCompleted(task);
			case TaskEvent.TaskReopened reopened -> new TaskReopened(task);
			case TaskEvent.TaskDeleted deleted -> new TaskDeleted(task);
		};
	}

}
