package io.todoplatform.recurrence.domain;

/**
 * A recurrence the engine cannot accept, named by the field the user sent ({@code rrule},
 * {@code dtstart}, {@code exdates}); the message says what is wrong in words a user can
 * act on.
 */
public class InvalidRecurrenceException extends RuntimeException {

	private final String field;

	public InvalidRecurrenceException(String field, String message) {
		super(message);
		this.field = field;
	}

	static InvalidRecurrenceException inRule(String message) {
		return new InvalidRecurrenceException("rrule", message);
	}

	public String field() {
		return field;
	}

}
