package io.todoplatform.tasks.adapter.in.web;

import io.todoplatform.problems.InvalidParam;
import io.todoplatform.problems.Problems;
import io.todoplatform.tasks.application.port.in.TaskConflictException;
import io.todoplatform.tasks.application.port.in.TaskNotFoundException;
import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.domain.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the task API reports the tasks module's own failures.
 */
@RestControllerAdvice(assignableTypes = TaskController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskProblems {

	@ExceptionHandler
	ProblemDetail invalid(RuleViolationException e) {
		var params = e.violations().stream().map(v -> new InvalidParam(v.field(), v.message())).toList();
		return Problems.invalidRequest(params);
	}

	@ExceptionHandler
	ProblemDetail notFound(TaskNotFoundException e) {
		return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionMismatch(TaskVersionMismatchException e) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(TaskConflictException e) {
		return Problems.of(HttpStatus.CONFLICT, e.getMessage());
	}

}
