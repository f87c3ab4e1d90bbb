package io.todoplatform.notifications.domain;

public class ReminderNotSnoozableException extends RuntimeException {

	public ReminderNotSnoozableException(String message) {
		super(message);
	}

}
