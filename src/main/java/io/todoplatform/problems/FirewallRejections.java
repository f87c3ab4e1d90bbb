package io.todoplatform.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request that Spring Security's firewall refuses (an encoded slash, NUL,
 * backslash or {@code ..} in the path, a malformed host) with a problem, like every other
 * refusal. Such requests are what scanners send: they are logged at DEBUG only.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

	private final ProblemWriter problems;

	FirewallRejections(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		log.debug("Refused {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				rejected.getMessage());
		return problems.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, detail(rejected)));
	}

	static String detail(ServerExchangeRejectedException rejected) {
		return UnsafeText.shown(String.valueOf(rejected.getMessage()));
	}

}
