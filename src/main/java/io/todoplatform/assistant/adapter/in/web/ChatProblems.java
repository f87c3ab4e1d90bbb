package io.todoplatform.assistant.adapter.in.web;

import java.util.List;

import io.todoplatform.assistant.application.port.in.ChatUnavailableException;
import io.todoplatform.assistant.application.port.in.ConversationNotFoundException;
import io.todoplatform.problems.InvalidParam;
import io.todoplatform.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the chat endpoint reports its failures, as RFC 9457 problem details.
 */
@RestControllerAdvice(assignableTypes = ChatController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatProblems {

	/** A request field the endpoint refuses. */
	static class InvalidMessage extends RuntimeException {

		private final List<InvalidParam> params;

		InvalidMessage(List<InvalidParam> params) {
			super("Invalid input: " + params);
			this.params = List.copyOf(params);
		}

	}

	/**
	 * The model failed after the chat started (the JSON form; the stream says it in an
	 * event).
	 */
	static class ModelFailed extends RuntimeException {

		ModelFailed(String detail) {
			super(detail);
		}

	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> failed(ModelFailed e) {
		return respond(Problems.of(HttpStatus.BAD_GATEWAY, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidMessage e) {
		return respond(Problems.invalidRequest(e.params));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(ConversationNotFoundException e) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(ChatUnavailableException e) {
		return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
	}

	/**
	 * Always as problem+json: a client that asked for the event stream would otherwise
	 * get the problem as an event.
	 */
	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
