package io.todoplatform.notifications.domain;

/**
 * What one pruning removed.
 *
 * @param reminders finished reminders (sent, cancelled, failed)
 * @param deliveries records of destinations that received a firing
 */
public record PrunedHistory(long reminders, long deliveries) {
}
