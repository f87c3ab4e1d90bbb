package io.todoplatform.assistant.application;

/**
 * Arguments a tool cannot use; becomes an error result, never a protocol error.
 */
class InvalidArgumentsException extends RuntimeException {

	InvalidArgumentsException(String detail) {
		super(detail);
	}

}
