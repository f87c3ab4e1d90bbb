package io.todoplatform.notifications.adapter.out.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * What a reminder's job carries back to its trigger: which reminder, and which firing of it, so that a trigger that
 * a snooze or a move has overtaken changes nothing.
 */
public record JobData(UUID reminderId, Instant fireAt) {
}
