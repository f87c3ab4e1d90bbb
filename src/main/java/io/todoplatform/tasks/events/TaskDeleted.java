package io.todoplatform.tasks.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A task was deleted; it carries the task as it was. Its data is the task
 * ({@code task.deleted}).
 */
@DomainEvent(namespace = "task", name = "deleted")
public record TaskDeleted(@JsonValue TaskData task) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TaskDeleted {
	}
}
