package io.todoplatform.recurrence.adapter.in.web;

import java.util.List;

import io.todoplatform.problems.InvalidParam;
import io.todoplatform.problems.Problems;
import io.todoplatform.recurrence.application.port.in.SeriesConflictException;
import io.todoplatform.recurrence.application.port.in.SeriesNotFoundException;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.SeriesNotActiveException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the recurrence API reports the module's own failures.
 */
@RestControllerAdvice(assignableTypes = RecurrenceController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecurrenceProblems {

	@ExceptionHandler
	ProblemDetail invalid(InvalidRecurrenceException e) {
		return invalid(List.of(e));
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidSeriesException e) {
		return invalid(e.problems());
	}

	@ExceptionHandler
	ProblemDetail notFound(SeriesNotFoundException e) {
		return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(SeriesConflictException e) {
		return Problems.of(HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notActive(SeriesNotActiveException e) {
		return Problems.of(HttpStatus.CONFLICT, e.getMessage());
	}

	private static ProblemDetail invalid(List<InvalidRecurrenceException> problems) {
		return Problems
			.invalidRequest(problems.stream().map(p -> new InvalidParam(p.field(), p.getMessage())).toList());
	}

}
