package io.todoplatform.notifications.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A reminder was scheduled: new, moved or snoozed. Its data is the reminder
 * ({@code alert.scheduled}).
 */
@DomainEvent(namespace = "alert", name = "scheduled")
public record ReminderScheduled(@JsonValue ReminderData reminder) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ReminderScheduled {
	}
}
