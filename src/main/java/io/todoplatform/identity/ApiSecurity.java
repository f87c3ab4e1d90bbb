package io.todoplatform.identity;

import java.time.Clock;

import io.todoplatform.events.DaprAppToken;
import io.todoplatform.events.SidecarOnlyRoute;
import io.todoplatform.problems.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.CrossOriginOpenerPolicyServerHttpHeadersWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.server.header.CrossOriginResourcePolicyServerHttpHeadersWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every {@code /api/**} and {@code /mcp} call needs a valid bearer token; its subject is
 * the user. A 401 names where to get one ({@link ProtectedResource}). Routes only the
 * Dapr sidecar may call ({@link SidecarOnlyRoute}: {@code /events/**}, {@code /job/**})
 * need the sidecar's token ({@link SidecarCheck}). Tokens come from the configured OIDC
 * issuer, or in the local mode from {@link TokenEndpoint}. Sessions, cookies and CSRF
 * have no place in this stateless API. Every response carries the usual security headers
 * (Spring Security's defaults, plus a strict {@link ContentSecurityPolicies content
 * security policy}, no referrer, and same-origin opener and resource policies).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class ApiSecurity {

	@Bean
	SecurityWebFilterChain apiFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			ProtectedResource protectedResource, ObjectProvider<SidecarOnlyRoute> sidecarRoutes,
			ObjectProvider<DaprAppToken> sidecarToken) {
		ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) -> {
			var invalidToken = failure instanceof OAuth2AuthenticationException;
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, protectedResource.challenge(exchange.getRequest(), invalidToken));
			var detail = invalidToken
					? "The bearer token is not valid: it is malformed, expired or not signed by a trusted issuer"
					: "This API needs an 'Authorization: Bearer <token>' header";
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
		};
		var sidecarOnly = sidecarRoutes.orderedStream().map(SidecarOnlyRoute::pathPattern).toList();
		if (!sidecarOnly.isEmpty()) {
			// Created only here, where such routes exist: it refuses to start without the
			// token.
			http.addFilterAt(new SidecarCheck(sidecarOnly, sidecarToken.getObject(), problems),
					SecurityWebFiltersOrder.AUTHENTICATION);
		}
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers("/api/**", ProtectedResource.MCP, ProtectedResource.MCP + "/**")
						.authenticated()
						.anyExchange()
						.permitAll())
			.oauth2ResourceServer(
					server -> server.jwt(Customizer.withDefaults()).authenticationEntryPoint(unauthenticated))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated))
			.headers(headers -> headers.writer(new ContentSecurityPolicies())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.crossOriginResourcePolicy(resource -> resource.policy(CrossOriginResourcePolicy.SAME_ORIGIN)))
			.build();
	}

	@Bean
	@Conditional(LocalIssuer.class)
	LocalTokens localTokens(Clock clock, IdentityProperties properties) {
		var keyFile = properties.localKeyFile();
		return new LocalTokens(keyFile == null ? LocalKey.generate() : LocalKey.inFile(keyFile), clock);
	}

	/**
	 * Checks every token's subject: Spring Boot adds it to the decoder of a configured
	 * issuer, ours adds it too.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> subjects() {
		return new Subjects();
	}

	@Bean
	@Conditional(LocalIssuer.class)
	ReactiveJwtDecoder localJwtDecoder(LocalTokens tokens, OAuth2TokenValidator<Jwt> subjects) {
		return tokens.decoder(subjects);
	}

}
