package io.todoplatform.tasks.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A task changed: its details, or a series skipped it. Its data is the task
 * ({@code task.updated}).
 */
@DomainEvent(namespace = "task", name = "updated")
public record TaskUpdated(@JsonValue TaskData task) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TaskUpdated {
	}
}
