package io.todoplatform.notifications.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A reminder was cancelled: its task is done, gone or asks for it no more. Its data is
 * the reminder ({@code alert.cancelled}).
 */
@DomainEvent(namespace = "alert", name = "cancelled")
public record ReminderCancelled(@JsonValue ReminderData reminder) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ReminderCancelled {
	}
}
