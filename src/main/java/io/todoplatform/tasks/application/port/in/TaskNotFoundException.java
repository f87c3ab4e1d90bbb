package io.todoplatform.tasks.application.port.in;

import io.todoplatform.tasks.domain.TaskId;

/**
 * The caller has no task with this id (it never existed, was deleted, or belongs to
 * someone else).
 */
public class TaskNotFoundException extends RuntimeException {

	public TaskNotFoundException(TaskId id) {
		this(id.toString());
	}

	public TaskNotFoundException(String id) {
		super("You have no task " + id);
	}

}
