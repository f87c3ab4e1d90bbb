package io.todoplatform.notifications.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A reminder reached its owner's destinations ({@code alert.sent}): the reminder's
 * fields, then when and how.
 *
 * @param channels the channels that delivered it (none when the owner has no
 * destinations)
 */
@DomainEvent(namespace = "alert", name = "sent")
public record ReminderSent(@JsonUnwrapped ReminderData reminder, @Nullable Instant sentAt, List<String> channels) {
}
