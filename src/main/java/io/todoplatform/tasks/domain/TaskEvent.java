package io.todoplatform.tasks.domain;

import org.jmolecules.event.types.DomainEvent;

/**
 * Something that happened to a task, carrying the task as it is afterwards (for a
 * deletion: as it was).
 */
public sealed interface TaskEvent extends DomainEvent {

	Task task();

	record TaskCreated(Task task) implements TaskEvent {
	}

	record TaskUpdated(Task task) implements TaskEvent {
	}

	record TaskCompleted(Task task) implements TaskEvent {
	}

	record TaskReopened(Task task) implements TaskEvent {
	}

	record TaskDeleted(Task task) implements TaskEvent {
	}

}
