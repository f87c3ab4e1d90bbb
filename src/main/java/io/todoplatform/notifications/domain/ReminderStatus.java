package io.todoplatform.notifications.domain;

/**
 * Where a reminder stands. {@code SCHEDULED} waits for its fire time; {@code SENT}
 * reached every destination; {@code FAILED} could not reach at least one after retrying;
 * {@code CANCELLED}: its task was completed or deleted, or the reminder removed from it.
 */
public enum ReminderStatus {

	SCHEDULED, SENT, CANCELLED, FAILED

}
