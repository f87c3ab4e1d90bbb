package io.todoplatform.notifications.domain;

public class InvalidSnoozeException extends RuntimeException {

	public InvalidSnoozeException(String message) {
		super(message);
	}

}
