package io.todoplatform.problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over 64 KiB before reading it, when its length is declared.
 * Bodies sent without a length are stopped by the codecs' limit
 * ({@code spring.http.codecs.max-in-memory-size}), which the problem handler also answers
 * with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimit implements WebFilter {

	static final long MAX_BYTES = 64 * 1024;
	static final String MESSAGE = "The request body is larger than 64 KiB";

	private final ProblemWriter problems;

	BodyLimit(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return exchange.getRequest().getHeaders().getContentLength() > MAX_BYTES
				? problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, MESSAGE) : chain.filter(exchange);
	}

}
