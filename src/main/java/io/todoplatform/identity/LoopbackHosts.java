package io.todoplatform.identity;

import java.net.InetAddress;
import java.net.URI;

import io.todoplatform.problems.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * DNS rebinding protection for a server bound to loopback (the local mode): a web page
 * whose name an attacker points at 127.0.0.1 would otherwise reach the token endpoint,
 * the API and the MCP server as if it were this machine's own client, and act as any
 * user. Such a request names the attacker's host, so every request must name a loopback
 * host ({@code Host}) and, when a browser sends one, come from a loopback {@code Origin}.
 * The MCP specification asks this of every local MCP server. A server bound elsewhere (a
 * pod behind an Ingress) does not check: its Host is the public one.
 */
@Component
class LoopbackHosts implements WebFilter, Ordered {

	private final boolean active;

	private final ProblemWriter problems;

	LoopbackHosts(Environment environment, ProblemWriter problems) {
		this.active = LocalTokenEndpoint.Exposure.of(environment).loopback();
		this.problems = problems;
	}

	/**
	 * Just after Spring Security's chain (-100), so that the refusal carries the security
	 * headers every answer has.
	 */
	@Override
	public int getOrder() {
		return -99;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!active) {
			return chain.filter(exchange);
		}
		var headers = exchange.getRequest().getHeaders();
		var host = headers.getHost();
		if (host == null || !loopback(host.getHostString())) {
			return refuse(exchange, "Host");
		}
		var origin = headers.getOrigin();
		if (origin != null && !loopback(originHost(origin))) {
			return refuse(exchange, "Origin");
		}
		return chain.filter(exchange);
	}

	private Mono<Void> refuse(ServerWebExchange exchange, String header) {
		return problems.write(exchange, HttpStatus.FORBIDDEN, "This server listens on loopback only and answers "
				+ "requests for a loopback host: the " + header + " header names another one");
	}

	/**
	 * "localhost" or a loopback address literal; a name is never resolved (that is the
	 * attack).
	 */
	static boolean loopback(@Nullable String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		try {
			var literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
			return InetAddress.ofLiteral(literal).isLoopbackAddress();
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static @Nullable String originHost(String origin) {
		try {
			return URI.create(origin).getHost();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
