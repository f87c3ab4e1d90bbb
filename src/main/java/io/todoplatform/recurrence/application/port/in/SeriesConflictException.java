package io.todoplatform.recurrence.application.port.in;

/**
 * Other changes of the series kept winning the race against this one, which was
 * re-applied to the newer state a few times and then given up; nothing was changed.
 * Sending it again is safe.
 */
public class SeriesConflictException extends RuntimeException {

	public SeriesConflictException(String id) {
		super("Recurring task " + id + " is being changed by other requests at the same time; nothing was changed: "
				+ "try again");
	}

}
