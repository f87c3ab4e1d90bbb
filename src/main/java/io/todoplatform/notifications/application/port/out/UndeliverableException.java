package io.todoplatform.notifications.application.port.out;

/**
 * A delivery that retrying cannot make succeed: the receiver refused it for good.
 */
public class UndeliverableException extends RuntimeException {

	public UndeliverableException(String message) {
		super(message);
	}

	public UndeliverableException(String message, Throwable cause) {
		super(message, cause);
	}

}
