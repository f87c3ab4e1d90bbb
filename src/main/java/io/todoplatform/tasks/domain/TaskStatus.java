package io.todoplatform.tasks.domain;

public enum TaskStatus {
	OPEN, COMPLETED
}
