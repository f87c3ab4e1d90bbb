package io.todoplatform.notifications.domain;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a reminder tells its owner, the same on every channel.
 *
 * @param reminderId the reminder, with {@code fireAt} the identity of this notice: a
 * receiver can drop repeats by it
 * @param due when the task is due, or null when it has no due time (an absolute reminder)
 * @param allDay whether the task is due on a whole day rather than at an instant
 * @param zone the task's time zone, in which the due time is shown
 * @param taskLink where the task is seen
 * @param snoozeLink a signed link that snoozes this reminder without signing in
 */
@ValueObject
public record Notice(UUID reminderId, Instant fireAt, UUID taskId, String title, @Nullable Instant due, boolean allDay,
		ZoneId zone, URI taskLink, URI snoozeLink) {
}
