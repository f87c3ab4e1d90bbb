package io.todoplatform.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies the request limits: counts each request to a covered path into its caller's
 * window ({@link Windows}), lets it through with {@code RateLimit-Policy} and
 * {@code RateLimit} headers while the window has room, and answers 429 with
 * {@code Retry-After} when it has none; the caller (and the token it used) is then
 * refused from memory until the window ends. It runs after authentication, which names
 * the user; a request on a path limited per user that has no user has already been
 * refused by then. When the counts cannot be had (the database is away) requests go
 * through: without its database the service is not serving anyway.
 */
@Component
class RequestLimits implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

	/** After Spring Security's filter chain (-100), which authenticates the user. */
	private static final int AFTER_AUTHENTICATION = 0;

	private final Limits limits;

	private final Windows windows;

	private final Refusals refusals;

	private final TooManyRequests tooMany;

	private final Clock clock;

	RequestLimits(Limits limits, Windows windows, Refusals refusals, TooManyRequests tooMany, Clock clock) {
		this.limits = limits;
		this.windows = windows;
		this.refusals = refusals;
		this.tooMany = tooMany;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return AFTER_AUTHENTICATION;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var path = exchange.getRequest().getPath().pathWithinApplication();
		if (!limits.enabled()) {
			return chain.filter(exchange);
		}
		if (limits.perUser().covers(path)) {
			return exchange.getPrincipal()
				.map(user -> Optional.of(user.getName()))
				.defaultIfEmpty(Optional.empty())
				.flatMap(user -> user.isEmpty() ? chain.filter(exchange) : limit(limits.perUser(), "user:" + user.get(),
						EarlyRefusals.token(exchange.getRequest()), exchange, chain));
		}
		if (limits.perAddress().covers(path)) {
			return limit(limits.perAddress(), "address:" + ClientAddress.of(exchange), Optional.empty(), exchange,
					chain);
		}
		return chain.filter(exchange);
	}

	private Mono<Void> limit(Limit limit, String caller, Optional<String> token, ServerWebExchange exchange,
			WebFilterChain chain) {
		var now = clock.instant();
		var refused = refusals.left(caller, now);
		if (refused.isPresent()) {
			refuse(caller, token, now, refused.get());
			return tooMany.answer(exchange, limit, refused.get());
		}
		return windows.hit(caller, limit.window()).map(Optional::of).onErrorResume(e -> {
			log.warn("A request was not counted against its limit: {}", e.toString());
			return Mono.just(Optional.empty());
		}).flatMap(count -> {
			if (count.isEmpty()) {
				return chain.filter(exchange);
			}
			var left = count.get().left();
			if (!limit.allows(count.get().requests())) {
				refuse(caller, token, now, left);
				return tooMany.answer(exchange, limit, left);
			}
			var headers = exchange.getResponse().getHeaders();
			headers.set(Limit.POLICY_HEADER, limit.policy());
			headers.set(Limit.STATE_HEADER, limit.state(count.get().requests(), left));
			return chain.filter(exchange);
		});
	}

	/**
	 * Refuses the caller, and the user's token before it is verified
	 * ({@link EarlyRefusals}), until the window ends.
	 */
	private void refuse(String caller, Optional<String> token, Instant now, Duration left) {
		refusals.refuse(caller, now, left);
		token.ifPresent(each -> refusals.refuse(each, now, left));
	}

}
