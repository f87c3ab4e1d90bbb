package io.todoplatform.recurrence.domain;

/**
 * The series has ended or was stopped: it has no occurrence to skip.
 */
public class SeriesNotActiveException extends RuntimeException {

	public SeriesNotActiveException(SeriesId id) {
		super("Series " + id + " has ended: there is no open occurrence to skip");
	}

}
