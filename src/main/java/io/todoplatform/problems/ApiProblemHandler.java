package io.todoplatform.problems;

import java.net.URI;
import java.util.List;

import io.todoplatform.mergepatch.JsonMergePatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception that reaches the web layer into a problem response. Modules map
 * their own exceptions in their own advice, which runs first; this one handles the
 * framework's and, last, anything unexpected.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (causedBy(ex, DataBufferLimitException.class) != null) {
			return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, BodyLimit.MESSAGE), exchange);
		}
		var jackson = causedBy(ex, JacksonException.class);
		if (jackson != null) {
			var param = JsonErrors.describe(jackson);
			return respond(Problems.invalidRequest(
					"The request body is not valid: " + param.name() + " " + param.reason(), List.of(param)), exchange);
		}
		if (ex.getReason() != null && ex.getReason().startsWith("No request body")) {
			return respond(Problems.invalidRequest("A JSON request body is required",
					List.of(new InvalidParam("body", "is required"))), exchange);
		}
		return super.handleServerWebInputException(ex, headers, status, exchange);
	}

	/**
	 * Says what the operation takes: the framework's problem has no detail when the
	 * request has no Content-Type.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleUnsupportedMediaTypeStatusException(
			UnsupportedMediaTypeStatusException ex, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		var given = ex.getContentType() == null ? "The request has no Content-Type"
				: "Content-Type " + ex.getContentType() + " is not supported";
		ex.getBody()
			.setDetail(given + "; this operation takes "
					+ MediaType.toString(ex.getSupportedMediaTypes()).replace(",", ", "));
		return super.handleUnsupportedMediaTypeStatusException(ex, headers, status, exchange);
	}

	/**
	 * Every problem the framework builds gets our stable type and a detail (the problem
	 * schema requires one), and a too-large body says what the limit is.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		if (body instanceof ProblemDetail problem) {
			Problems.typed(problem);
			if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				problem.setDetail(BodyLimit.MESSAGE);
			}
			if (problem.getDetail() == null) {
				problem.setDetail(problem.getTitle());
			}
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

	/** JSON read outside the codecs, such as a merged patch document. */
	@ExceptionHandler
	Mono<ResponseEntity<Object>> unreadableJson(JacksonException ex, ServerWebExchange exchange) {
		var param = JsonErrors.describe(ex);
		return respond(Problems.invalidRequest("The request is not valid: " + param.name() + " " + param.reason(),
				List.of(param)), exchange);
	}

	@ExceptionHandler
	Mono<ResponseEntity<Object>> notAnObject(JsonMergePatch.NotAnObjectException ex, ServerWebExchange exchange) {
		return respond(Problems.invalidRequest(ex.getMessage(), List.of(new InvalidParam("body", "must be an object"))),
				exchange);
	}

	/**
	 * What the firewall finds only when a handler reads the part of the request it checks
	 * lazily.
	 */
	@ExceptionHandler
	Mono<ResponseEntity<Object>> rejected(ServerExchangeRejectedException ex, ServerWebExchange exchange) {
		log.debug("Refused {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex.getMessage());
		return respond(Problems.of(HttpStatus.BAD_REQUEST, FirewallRejections.detail(ex)), exchange);
	}

	@ExceptionHandler
	Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
		if (ex instanceof AbortedException || exchange.getResponse().isCommitted()) {
			// The client went away or the answer is already on its way: there is nobody
			// to tell, and nothing is wrong.
			log.debug("Not answering {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					ex.toString());
			return Mono.empty();
		}
		log.error("Unexpected failure of {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to handle the request"),
				exchange);
	}

	/**
	 * As problem+json whatever the client accepts: one that asked for an event stream
	 * would otherwise get the problem as an event.
	 */
	private static Mono<ResponseEntity<Object>> respond(ProblemDetail problem, ServerWebExchange exchange) {
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return Mono.just(ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
