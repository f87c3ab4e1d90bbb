package io.todoplatform.assistant.adapter.in.mcp;

import io.todoplatform.assistant.Credentials;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The caller of an MCP request: {@code /mcp} needs a verified bearer token (as
 * {@code /api/**} does), and a Streamable HTTP request is handled in its own reactive
 * chain, so Spring Security's context holds the token there.
 */
final class Callers {

	private Callers() {
	}

	static Mono<Credentials> current() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken jwt
					? Credentials.of(jwt.getToken()) : null)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("An MCP call without a verified caller")));
	}

}
