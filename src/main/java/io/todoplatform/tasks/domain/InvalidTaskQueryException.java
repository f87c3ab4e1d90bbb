package io.todoplatform.tasks.domain;

import java.util.List;

/**
 * A task list request that cannot be answered as asked.
 */
public class InvalidTaskQueryException extends RuleViolationException {

	public InvalidTaskQueryException(List<FieldViolation> violations) {
		super("Invalid task query", violations);
	}

	public InvalidTaskQueryException(String field, String message) {
		this(List.of(new FieldViolation(field, message)));
	}

}
