package io.todoplatform.problems;

import java.util.ArrayList;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose query parameters no API accepts, before anything reads them:
 * names with control characters, and names or values with {@link UnsafeText}. Runs ahead
 * of Spring Security, whose firewall would otherwise throw at the first reader of such a
 * name, deep inside a handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryParameters implements WebFilter {

	static final String BAD_NAME = "is not a parameter name: it contains control characters";

	private final ProblemWriter problems;

	QueryParameters(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var invalid = new ArrayList<InvalidParam>();
		exchange.getRequest().getQueryParams().forEach((name, values) -> {
			if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || !Character.isDefined(c))
					|| UnsafeText.in(name)) {
				invalid.add(new InvalidParam(UnsafeText.shown(name), BAD_NAME));
			}
			else if (values.stream().anyMatch(value -> value != null && UnsafeText.in(value))) {
				invalid.add(new InvalidParam(name, UnsafeText.REASON));
			}
		});
		return invalid.isEmpty() ? chain.filter(exchange) : problems.write(exchange, Problems
			.invalidRequest("The query has " + invalid.size() + " invalid parameter(s); see invalid-params", invalid));
	}

}
