package io.todoplatform.client;

/**
 * The API could not answer: it was unreachable, too slow, or failed (5xx). Unlike a
 * refusal (4xx), nothing the user sent was wrong; trying again later may work.
 */
public class ApiUnavailableException extends IllegalStateException {

	ApiUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	ApiUnavailableException(String message) {
		super(message);
	}

}
