package io.todoplatform.notifications.adapter.scheduling;

import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.domain.ReminderId;

/**
 * A reminder's Dapr job as the scheduler schedules it and the trigger reads it back:
 * named after the reminder, so that scheduling it again overwrites the job, and carrying
 * which firing it is for, so that a trigger that a snooze or a move has overtaken changes
 * nothing. Both fields are required.
 */
public record ReminderJob(UUID reminderId, Instant fireAt) {

	private static final String PREFIX = "reminder-";

	public ReminderJob {
		if (reminderId == null || fireAt == null) {
			throw new IllegalArgumentException("A reminder's job carries reminderId and fireAt");
		}
	}

	/**
	 * The name of the reminder's job: one per reminder, so scheduling it again replaces
	 * the job.
	 */
	public static String nameOf(ReminderId id) {
		return PREFIX + id.id();
	}

	/**
	 * @throws IllegalArgumentException when the name is not a reminder's job name
	 */
	public static ReminderId reminderNamed(String jobName) {
		if (!jobName.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Not a reminder's job: " + jobName);
		}
		return new ReminderId(UUID.fromString(jobName.substring(PREFIX.length())));
	}
}
