package io.todoplatform.identity;

import java.util.List;

import io.todoplatform.events.DaprAppToken;
import io.todoplatform.problems.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a call on a route only the Dapr sidecar may use through only with the sidecar's
 * token (ADR 0018): anything else is 401 before the event or trigger is looked at.
 */
final class SidecarCheck implements WebFilter {

	private final ServerWebExchangeMatcher routes;

	private final DaprAppToken token;

	private final ProblemWriter problems;

	SidecarCheck(List<String> pathPatterns, DaprAppToken token, ProblemWriter problems) {
		this.routes = ServerWebExchangeMatchers.pathMatchers(pathPatterns.toArray(String[]::new));
		this.token = token;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return routes.matches(exchange).flatMap(match -> {
			var header = exchange.getRequest().getHeaders().getFirst(DaprAppToken.HEADER);
			return !match.isMatch() || token.proves(header) ? chain.filter(exchange)
					: problems.write(exchange, HttpStatus.UNAUTHORIZED, "Not from this app's sidecar");
		});
	}

}
