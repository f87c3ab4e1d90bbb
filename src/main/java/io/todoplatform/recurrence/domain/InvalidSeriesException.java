package io.todoplatform.recurrence.domain;

import java.util.List;

/**
 * A proposed series breaks one or more rules; every one is listed, each naming its field.
 */
public class InvalidSeriesException extends RuntimeException {

	private final List<InvalidRecurrenceException> problems;

	public InvalidSeriesException(List<InvalidRecurrenceException> problems) {
		super("Invalid series: " + problems.stream().map(p -> p.field() + " " + p.getMessage()).toList());
		this.problems = List.copyOf(problems);
	}

	public List<InvalidRecurrenceException> problems() {
		return problems;
	}

}
