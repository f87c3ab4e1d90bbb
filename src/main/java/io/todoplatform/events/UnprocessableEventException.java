package io.todoplatform.events;

/**
 * Thrown by a handler for an event it can never process (malformed data, an impossible
 * request): retrying would only block the events behind it. The event is set aside
 * instead of being offered again.
 */
public class UnprocessableEventException extends RuntimeException {

	public UnprocessableEventException(String message) {
		super(message);
	}

	public UnprocessableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
