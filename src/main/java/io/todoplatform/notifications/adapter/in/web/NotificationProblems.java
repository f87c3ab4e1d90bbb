package io.todoplatform.notifications.adapter.in.web;

import java.util.List;

import io.todoplatform.notifications.application.port.in.ReminderConflictException;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.domain.InvalidSettingsException;
import io.todoplatform.notifications.domain.InvalidSnoozeException;
import io.todoplatform.notifications.domain.ReminderNotSnoozableException;
import io.todoplatform.problems.InvalidParam;
import io.todoplatform.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the notifications API reports the module's own failures, as RFC 9457 problem
 * details.
 */
@RestControllerAdvice(assignableTypes = { ReminderController.class, SettingsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

	/** A request parameter or body field the module's rules refuse. */
	static class InvalidInput extends RuntimeException {

		private final List<InvalidParam> params;

		InvalidInput(List<InvalidParam> params) {
			super("Invalid input: " + params);
			this.params = List.copyOf(params);
		}

	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInput e) {
		return Problems.invalidRequest(e.params);
	}

	@ExceptionHandler
	ProblemDetail invalidSettings(InvalidSettingsException e) {
		var params = e.fields().stream().map(field -> new InvalidParam(field, e.violations().get(field))).toList();
		return Problems.invalidRequest(params);
	}

	@ExceptionHandler
	ProblemDetail invalidSnooze(InvalidSnoozeException e) {
		return Problems.invalidRequest(e.getMessage(), List.of(new InvalidParam("for", e.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail notFound(ReminderNotFoundException e) {
		return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
	}

	/** Not snoozable any more, or other changes kept overtaking this one. */
	@ExceptionHandler({ ReminderNotSnoozableException.class, ReminderConflictException.class })
	ProblemDetail conflict(RuntimeException e) {
		return Problems.of(HttpStatus.CONFLICT, e.getMessage());
	}

}
