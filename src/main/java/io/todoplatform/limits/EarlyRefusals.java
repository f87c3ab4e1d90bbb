package io.todoplatform.limits;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.webflux.autoconfigure.WebHttpHandlerBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * Refuses a request again at the very front of the server, when its bearer token was
 * refused for the rest of its window ({@link RequestLimits} remembers it): before the
 * token is verified, before WebFlux builds an exchange, observes and traces it, and
 * before any filter. A flood then costs the server little more than parsing the request
 * and a map lookup. Only the token's holder can send it, and only a token that was
 * verified once is remembered, so nobody can get another user refused.
 */
@Component
class EarlyRefusals implements WebHttpHandlerBuilderCustomizer {

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
	public void customize(WebHttpHandlerBuilder builder) {
		builder.httpHandlerDecorator(this::decorate);
	}

	HttpHandler decorate(HttpHandler server) {
		return (request, response) -> {
			var token = token(request);
			if (!limits.enabled() || token.isEmpty()
					|| !limits.perUser().covers(request.getPath().pathWithinApplication())) {
				return server.handle(request, response);
			}
			var left = refusals.left(token.get(), clock.instant());
			return left.isPresent() ? tooMany.answer(request, response, limits.perUser(), left.get())
					: server.handle(request, response);
		};
	}

	/** The key a request's bearer token is refused by, if it has one. */
	static Optional<String> token(ServerHttpRequest request) {
		var authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization == null || !authorization.startsWith(BEARER) ? Optional.empty()
				: Optional.of("token:" + authorization.substring(BEARER.length()));
	}

}
