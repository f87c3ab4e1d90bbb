package io.todoplatform.notifications.domain;

/** A reminder rule no task can have: a negative or too long lead time, too many days before. */
public class InvalidReminderException extends IllegalArgumentException {

	public InvalidReminderException(String message) {
		super(message);
	}
}
