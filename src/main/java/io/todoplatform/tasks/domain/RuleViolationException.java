package io.todoplatform.tasks.domain;

import java.util.List;

/**
 * Input that breaks the module's rules, with every broken rule named by its field.
 */
public abstract class RuleViolationException extends RuntimeException {

	private final List<FieldViolation> violations;

	protected RuleViolationException(String summary, List<FieldViolation> violations) {
		super(summary + ": " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<FieldViolation> violations() {
		return violations;
	}

}
