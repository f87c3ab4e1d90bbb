package io.todoplatform.limits;

import java.time.Clock;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request again before its bearer token is verified, when that very token was refused for the rest of
 * its window ({@link RequestLimits} remembers it): a flood then costs a map lookup per request instead of a
 * signature check and the security filter chain. Only the token's holder can send it, and only a token that was
 * verified once is remembered, so nobody can get another user refused.
 */
@Component
class EarlyRefusals implements WebFilter, Ordered {

	/** Before Spring Security's filter chain (-100). */
	private static final int BEFORE_AUTHENTICATION = -200;
	private static final String BEARER = "Bearer ";

	private final Limits limits;
	private final Refusals refusals;
	private final TooManyRequests tooMany;
	private final Clock clock;

	EarlyRefusals(Limits limits, Refusals refusals, TooManyRequests tooMany, Clock clock) {
		this.limits = limits;
		this.refusals = refusals;
		this.tooMany = tooMany;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return BEFORE_AUTHENTICATION;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var token = token(exchange);
		if (!limits.enabled() || token.isEmpty()
				|| !limits.perUser().covers(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		var left = refusals.left(token.get(), clock.instant());
		return left.isPresent() ? tooMany.answer(exchange, limits.perUser(), left.get()) : chain.filter(exchange);
	}

	/** The key a request's bearer token is refused by, if it has one. */
	static Optional<String> token(ServerWebExchange exchange) {
		var authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization == null || !authorization.startsWith(BEARER) ? Optional.empty()
				: Optional.of("token:" + authorization.substring(BEARER.length()));
	}
}
