package io.todoplatform.tasks.domain;

import java.util.List;

/**
 * The proposed task breaks one or more rules; nothing was changed.
 */
public class InvalidTaskException extends RuleViolationException {

	public InvalidTaskException(List<FieldViolation> violations) {
		super("Invalid task", violations);
	}

	public InvalidTaskException(String field, String message) {
		this(List.of(new FieldViolation(field, message)));
	}

}
