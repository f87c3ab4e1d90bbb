package io.todoplatform.problems;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a response, for the places that answer before any
 * controller runs (security, request size and rate limits).
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		return write(exchange, Problems.of(status, detail));
	}

	/** A problem built with {@link Problems}, perhaps with properties of its own. */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return write(exchange.getRequest(), exchange.getResponse(), problem);
	}

	/** For a handler that answers before there is an exchange at all. */
	public Mono<Void> write(ServerHttpRequest request, ServerHttpResponse response, ProblemDetail problem) {
		problem.setInstance(URI.create(request.getPath().value()));
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		var body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

}
