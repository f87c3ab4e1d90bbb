package io.todoplatform.notifications.domain;

import java.util.List;
import java.util.Map;

/**
 * Settings that break rules; {@code violations} maps each offending field (e.g.
 * {@code push[1].url}) to why.
 */
public class InvalidSettingsException extends RuntimeException {

	private final Map<String, String> violations;

	public InvalidSettingsException(Map<String, String> violations) {
		super("Invalid notification settings: " + violations);
		this.violations = Map.copyOf(violations);
	}

	public Map<String, String> violations() {
		return violations;
	}

	public List<String> fields() {
		return violations.keySet().stream().sorted().toList();
	}

}
