package io.todoplatform.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a browser session belongs to, with a token for the API calls made for them: in the
 * local mode a fresh local token (a session may outlive any one token); with an OIDC
 * issuer the access token the user's sign-in got, refreshed when it has expired and the
 * issuer gave a refresh token. Empty when the session is not signed in, or its tokens can
 * no longer be had (the user has to sign in again).
 */
@Component
public class SignedInUsers {

	private final ObjectProvider<LocalTokens> local;

	private final ObjectProvider<ReactiveOAuth2AuthorizedClientManager> clients;

	SignedInUsers(ObjectProvider<LocalTokens> local, ObjectProvider<ReactiveOAuth2AuthorizedClientManager> clients) {
		this.local = local;
		this.clients = clients;
	}

	/**
	 * Whether users sign in by name alone (the local mode's issuer) rather than at an
	 * OIDC issuer.
	 */
	public boolean local() {
		return local.getIfAvailable() != null;
	}

	/**
	 * Whether browsers can sign in at the OIDC issuer: the web UI has a client there
	 * ({@code todo.identity.sign-in.client-id}).
	 */
	public boolean atIssuer() {
		return clients.getIfAvailable() != null;
	}

	public Mono<SignedIn> current(ServerWebExchange exchange) {
		return exchange.getPrincipal().cast(Authentication.class).flatMap(authentication -> {
			if (authentication.getPrincipal() instanceof LocalUser user) {
				var tokens = local.getIfAvailable();
				return tokens == null ? Mono.empty()
						: Mono.just(new SignedIn(user.name(), tokens.issue(user.name(), user.zone())));
			}
			if (authentication instanceof OAuth2AuthenticationToken oidc) {
				return authorized(oidc, exchange);
			}
			return Mono.empty();
		});
	}

	private Mono<SignedIn> authorized(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
		var manager = clients.getIfAvailable();
		if (manager == null) {
			return Mono.empty();
		}
		var request = OAuth2AuthorizeRequest.withClientRegistrationId(user.getAuthorizedClientRegistrationId())
			.principal(user)
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build();
		return manager.authorize(request)
			.map(client -> new SignedIn(name(user), client.getAccessToken().getTokenValue()))
			.onErrorResume(ClientAuthorizationException.class, refused -> Mono.empty());
	}

	private static String name(OAuth2AuthenticationToken user) {
		if (user.getPrincipal() instanceof OidcUser oidc && oidc.getPreferredUsername() != null) {
			return oidc.getPreferredUsername();
		}
		return user.getName();
	}

}
