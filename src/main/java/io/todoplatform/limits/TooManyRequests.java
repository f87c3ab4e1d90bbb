package io.todoplatform.limits;

import java.time.Duration;
import java.util.List;

import io.todoplatform.problems.ProblemWriter;
import io.todoplatform.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answer to a request over its limit: 429, when to come back, and which limit it
 * broke.
 */
@Component
class TooManyRequests {

	private final ProblemWriter problems;

	TooManyRequests(ProblemWriter problems) {
		this.problems = problems;
	}

	Mono<Void> answer(ServerWebExchange exchange, Limit limit, Duration left) {
		return answer(exchange.getRequest(), exchange.getResponse(), limit, left);
	}

	Mono<Void> answer(ServerHttpRequest request, ServerHttpResponse response, Limit limit, Duration left) {
		var wait = Duration.ofSeconds(Math.max(1, Limit.seconds(left)));
		var headers = response.getHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
		headers.set(Limit.POLICY_HEADER, limit.policy());
		headers.set(Limit.STATE_HEADER, limit.exhausted(wait));
		var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests: " + limit.describe() + "; try again in " + wait.toSeconds() + " s");
		problem.setProperty("violated-policies", List.of(limit.name()));
		return problems.write(request, response, problem);
	}

}
