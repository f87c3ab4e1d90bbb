package io.todoplatform.notifications.application.port.in;

import io.todoplatform.notifications.domain.ReminderId;

/**
 * Other changes of the reminder kept winning the race against this one, which was applied
 * again to the newer state a few times and then given up; nothing was changed. Sending it
 * again is safe.
 */
public class ReminderConflictException extends RuntimeException {

	public ReminderConflictException(ReminderId id) {
		super("Reminder " + id
				+ " is being changed by other requests at the same time; nothing was changed: try again");
	}

}
