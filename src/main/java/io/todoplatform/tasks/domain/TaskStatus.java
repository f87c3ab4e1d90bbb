package io.todoplatform.tasks.domain;

/**
 * Where a task stands. {@code SKIPPED} is an occurrence of a recurring task that its
 * owner chose to skip.
 */
public enum TaskStatus {

	OPEN, COMPLETED, SKIPPED

}
