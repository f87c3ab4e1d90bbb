package io.todoplatform.problems;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string with {@link UnsafeText}: refused like any other invalid value, naming the
 * field it was sent for.
 */
public class UnsafeTextException extends MismatchedInputException {

	public UnsafeTextException(JsonParser parser, Class<?> targetType) {
		super(parser, "A string " + UnsafeText.REASON, targetType);
	}

}
