package io.todoplatform.identity;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.header.CrossOriginOpenerPolicyServerHttpHeadersWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The browser's rules, for the {@link BrowserPages} a module declares; every other path
 * keeps {@link ApiSecurity}'s stateless bearer tokens. Pages need a signed-in session (an
 * HttpOnly, SameSite=Lax cookie, Secure over TLS) and a CSRF token on every
 * state-changing request; scripts and styles may come only from this origin. Signing in
 * is the local mode's user-name form ({@link LocalSignIn}) or, with an OIDC client
 * registered, the authorization-code flow with PKCE.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurity {

	private static final String SIGNED_OUT = BrowserPages.SIGN_IN + "?signedout";

	/**
	 * Scripts, styles and images: public, and cached by the rules of the resource
	 * handler.
	 */
	@Bean
	@Order(0)
	SecurityWebFilterChain assetFilterChain(ServerHttpSecurity http, ObjectProvider<BrowserPages> pages) {
		return http.securityMatcher(matcher(pages, BrowserPages::assets))
			.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.headers(headers -> headers.cache(cache -> cache.disable())
				.contentSecurityPolicy(policy -> policy.policyDirectives(ContentSecurityPolicies.SCRIPTED_PAGES)))
			.build();
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain pageFilterChain(ServerHttpSecurity http, ObjectProvider<BrowserPages> pages,
			ObjectProvider<OidcSignIn> oidc) {
		var contexts = new WebSessionServerSecurityContextRepository();
		var issuer = oidc.getIfAvailable();
		http.securityMatcher(matcher(pages, BrowserPages::pages))
			.securityContextRepository(contexts)
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers(BrowserPages.SIGN_IN, "/oauth2/**", "/login/oauth2/**")
						.permitAll()
						.anyExchange()
						.authenticated())
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(logout -> logout.logoutUrl(BrowserPages.SIGN_OUT)
				.logoutSuccessHandler(issuer == null ? redirect(SIGNED_OUT) : endingTheIssuersSession(issuer)))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(signIn()))
			.headers(headers -> headers
				.contentSecurityPolicy(
						policy -> policy.policyDirectives(issuer == null ? ContentSecurityPolicies.SCRIPTED_PAGES
								: ContentSecurityPolicies.scriptedPagesPostingTo(issuer.origin())))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
		if (issuer != null) {
			// Failures go back to the sign-in page with ?error, as the local sign-in's
			// do.
			http.oauth2Login(login -> login.clientRegistrationRepository(issuer)
				.loginPage(BrowserPages.SIGN_IN)
				.securityContextRepository(contexts));
		}
		else {
			http.addFilterAt(LocalSignIn.filter(contexts), SecurityWebFiltersOrder.FORM_LOGIN);
		}
		return http.build();
	}

	/**
	 * Signs out at the issuer too (its end-session endpoint, when its discovery document
	 * names one), which sends the browser back to the sign-in page.
	 */
	private static ServerLogoutSuccessHandler endingTheIssuersSession(OidcSignIn issuer) {
		var handler = new OidcClientInitiatedServerLogoutSuccessHandler(issuer);
		handler.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
		handler.setLogoutSuccessUrl(URI.create(SIGNED_OUT));
		return handler;
	}

	/**
	 * The sign-in page; for an htmx request (a fragment, whose answer would land inside
	 * the page) a 401 that tells htmx to load it as a whole page instead.
	 */
	private static ServerAuthenticationEntryPoint signIn() {
		var page = new RedirectServerAuthenticationEntryPoint(BrowserPages.SIGN_IN);
		return (exchange, failure) -> {
			if (exchange.getRequest().getHeaders().containsHeader("HX-Request")) {
				exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
				exchange.getResponse().getHeaders().set("HX-Redirect", BrowserPages.SIGN_IN);
				return Mono.empty();
			}
			return page.commence(exchange, failure);
		};
	}

	private static RedirectServerLogoutSuccessHandler redirect(String location) {
		var handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(URI.create(location));
		return handler;
	}

	/** The declared paths; none (so this chain never applies) without a declaration. */
	private static ServerWebExchangeMatcher matcher(ObjectProvider<BrowserPages> pages,
			java.util.function.Function<BrowserPages, List<String>> paths) {
		var declared = pages.orderedStream().flatMap(page -> paths.apply(page).stream()).toList();
		return declared.isEmpty() ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
				: ServerWebExchangeMatchers.pathMatchers(declared.toArray(String[]::new));
	}

}
