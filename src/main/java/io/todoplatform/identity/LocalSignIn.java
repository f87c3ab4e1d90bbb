package io.todoplatform.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The local mode's browser sign-in: a user name (as {@code POST /auth/token} takes it, no
 * password: the local mode serves only this machine) and the browser's time zone, posted
 * from the sign-in page. Nothing is fetched: the session keeps a {@link LocalUser}, and
 * {@link SignedInUsers} issues its tokens in this process.
 */
final class LocalSignIn {

	private static final Pattern USERNAME = Pattern.compile(TokenEndpoint.USERNAME_PATTERN);

	private LocalSignIn() {
	}

	/**
	 * Signs in on {@code POST /signin}; a bad name goes back to the page with
	 * {@code ?error}. Saving the context in the session changes the session's id (no
	 * fixation).
	 */
	static AuthenticationWebFilter filter(WebSessionServerSecurityContextRepository contexts) {
		var filter = new AuthenticationWebFilter(LocalSignIn::authenticate);
		filter.setRequiresAuthenticationMatcher(
				ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, BrowserPages.SIGN_IN));
		filter.setServerAuthenticationConverter(exchange -> exchange.getFormData()
			.map(form -> UsernamePasswordAuthenticationToken.unauthenticated(form.getFirst("username"),
					form.getFirst("zone"))));
		// Back to the page that asked for a sign-in, else the start page.
		filter.setAuthenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"));
		filter.setAuthenticationFailureHandler(
				new RedirectServerAuthenticationFailureHandler(BrowserPages.SIGN_IN + "?error"));
		filter.setSecurityContextRepository(contexts);
		return filter;
	}

	private static Mono<Authentication> authenticate(Authentication form) {
		var name = form.getPrincipal() instanceof String given ? given : "";
		if (!USERNAME.matcher(name).matches()) {
			return Mono
				.error(new BadCredentialsException("A user name is 1 to 64 characters of A-Z, a-z, 0-9 and ._@-"));
		}
		var user = new LocalUser(name, Caller.zone(form.getCredentials() instanceof String given ? given : null));
		return Mono.just(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
	}

}
