package io.todoplatform.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Derived from the task and the rule, so that every delivery of the same task event, and
 * every later event that keeps the rule, names the same reminder.
 */
public record ReminderId(UUID id) implements Identifier {

	public static ReminderId of(UUID taskId, RuleForm rule) {
		return new ReminderId(
				UUID.nameUUIDFromBytes((taskId + "|" + rule.canonical()).getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
