package io.todoplatform.recurrence.application.port.in;

/**
 * The caller has no series with this id (it never existed, or belongs to someone else).
 */
public class SeriesNotFoundException extends RuntimeException {

	public SeriesNotFoundException(String id) {
		super("You have no recurring task " + id);
	}

}
