package io.todoplatform.notifications.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A reminder missed a destination for good ({@code alert.failed}, on the dead-letter
 * topic for operators): the reminder's fields, then why.
 */
@DomainEvent(namespace = "alert", name = "failed")
public record ReminderFailed(@JsonUnwrapped ReminderData reminder, @Nullable String error) {
}
