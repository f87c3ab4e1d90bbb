package io.todoplatform.tasks.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/** A task was completed. Its data is the task ({@code task.completed}). */
@DomainEvent(namespace = "task", name = "completed")
public record TaskCompleted(@JsonValue TaskData task) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TaskCompleted {
	}
}
