package io.todoplatform.tasks.application.port.in;

/**
 * The task changed since the caller read it; the caller's change was not applied.
 */
public class TaskVersionMismatchException extends RuntimeException {

	public TaskVersionMismatchException(long expected, long current) {
		this("The task is at version " + current + ", not " + expected);
	}

	/**
	 * Another change got in between reading the expected version and writing: the newer
	 * version is not known here.
	 */
	public TaskVersionMismatchException(long expected) {
		this("The task changed meanwhile: it is no longer at version " + expected);
	}

	public TaskVersionMismatchException(String message) {
		super(message);
	}

}
