package io.todoplatform.tasks.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/** A completed task is open again. Its data is the task ({@code task.reopened}). */
@DomainEvent(namespace = "task", name = "reopened")
public record TaskReopened(@JsonValue TaskData task) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TaskReopened {
	}
}
