package io.todoplatform.notifications.application.port.in;

public class ReminderNotFoundException extends RuntimeException {

	public ReminderNotFoundException(String message) {
		super(message);
	}

}
