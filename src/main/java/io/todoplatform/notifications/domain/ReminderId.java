package io.todoplatform.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Derived from the task and the rule, so that every delivery of the same task event, and every later event that
 * keeps the rule, names the same reminder.
 */
public record ReminderId(UUID id) implements Identifier {

	private static final String JOB_PREFIX = "reminder-";

	public static ReminderId of(UUID taskId, RuleForm rule) {
		return new ReminderId(UUID.nameUUIDFromBytes((taskId + "|" + rule.canonical()).getBytes(StandardCharsets.UTF_8)));
	}

	/** @throws IllegalArgumentException when the name is not a reminder's job name */
	public static ReminderId ofJobName(String jobName) {
		if (!jobName.startsWith(JOB_PREFIX)) {
			throw new IllegalArgumentException("Not a reminder's job: " + jobName);
		}
		return new ReminderId(UUID.fromString(jobName.substring(JOB_PREFIX.length())));
	}

	String jobName() {
		return JOB_PREFIX + id;
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
