package io.todoplatform.tasks.application.port.in;

import io.todoplatform.tasks.domain.TaskId;

/**
 * Other changes of the task kept winning the race against this one, which was re-applied
 * to the newer state a few times and then given up; nothing was changed. Sending it again
 * is safe.
 */
public class TaskConflictException extends RuntimeException {

	public TaskConflictException(TaskId id) {
		super("Task " + id + " is being changed by other requests at the same time; nothing was changed: try again");
	}

}
