package io.todoplatform.tasks.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/** A task was created. Its data is the task ({@code task.created}). */
@DomainEvent(namespace = "task", name = "created")
public record TaskCreated(@JsonValue TaskData task) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TaskCreated {
	}
}
