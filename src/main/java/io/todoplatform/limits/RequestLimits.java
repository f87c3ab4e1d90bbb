package io.todoplatform.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.todoplatform.problems.ProblemWriter;
import io.todoplatform.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies the request limits: counts each request to a covered path into its caller's window ({@link Windows}), lets
 * it through with {@code RateLimit-Policy} and {@code RateLimit} headers while the window has room, and answers 429
 * with {@code Retry-After} when it has none. It runs after authentication, which names the user; a request on a path
 * limited per user that has no user has already been refused by then. When the counts cannot be had (the database is
 * away) requests go through: without its database the service is not serving anyway.
 */
@Component
class RequestLimits implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

	/** After Spring Security's filter chain (-100), which authenticates the user. */
	private static final int AFTER_AUTHENTICATION = 0;

	private final boolean enabled;
	private final Limit perUser;
	private final Limit perAddress;
	private final Windows windows;
	private final Refusals refusals = new Refusals();
	private final ProblemWriter problems;
	private final Clock clock;

	RequestLimits(LimitProperties properties, Windows windows, ProblemWriter problems, Clock clock) {
		this.enabled = properties.enabled();
		this.perUser = new Limit("per-user", properties.perUser());
		this.perAddress = new Limit("per-address", properties.perAddress());
		this.windows = windows;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return AFTER_AUTHENTICATION;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var path = exchange.getRequest().getPath().pathWithinApplication();
		if (!enabled) {
			return chain.filter(exchange);
		}
		if (perUser.covers(path)) {
			return exchange.getPrincipal().map(user -> Optional.of(user.getName())).defaultIfEmpty(Optional.empty())
				.flatMap(user -> user.isEmpty() ? chain.filter(exchange)
						: limit(perUser, "user:" + user.get(), exchange, chain));
		}
		if (perAddress.covers(path)) {
			return limit(perAddress, "address:" + ClientAddress.of(exchange), exchange, chain);
		}
		return chain.filter(exchange);
	}

	private Mono<Void> limit(Limit limit, String caller, ServerWebExchange exchange, WebFilterChain chain) {
		var now = clock.instant();
		var refused = refusals.left(caller, now);
		if (refused.isPresent()) {
			return tooMany(limit, refused.get(), exchange);
		}
		return windows.hit(caller, limit.window()).map(Optional::of).onErrorResume(e -> {
			log.warn("A request was not counted against its limit: {}", e.toString());
			return Mono.just(Optional.empty());
		}).flatMap(count -> {
			if (count.isEmpty()) {
				return chain.filter(exchange);
			}
			if (!limit.allows(count.get().requests())) {
				refusals.refuse(caller, now, count.get().left());
				return tooMany(limit, count.get().left(), exchange);
			}
			var headers = exchange.getResponse().getHeaders();
			headers.set(Limit.POLICY_HEADER, limit.policy());
			headers.set(Limit.STATE_HEADER, limit.state(count.get().requests(), count.get().left()));
			return chain.filter(exchange);
		});
	}

	private Mono<Void> tooMany(Limit limit, Duration left, ServerWebExchange exchange) {
		var wait = Duration.ofSeconds(Math.max(1, Limit.seconds(left)));
		var headers = exchange.getResponse().getHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
		headers.set(Limit.POLICY_HEADER, limit.policy());
		headers.set(Limit.STATE_HEADER, limit.exhausted(wait));
		var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests: " + limit.describe()
				+ "; try again in " + wait.toSeconds() + " s");
		problem.setProperty("violated-policies", List.of(limit.name()));
		return problems.write(exchange, problem);
	}
}
