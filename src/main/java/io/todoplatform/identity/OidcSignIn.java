package io.todoplatform.identity;

import java.net.URI;
import java.time.Duration;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The web UI's one OIDC client ({@link BrowserPages#OIDC_REGISTRATION}) at the API's
 * issuer. Its endpoints come from the issuer's discovery document, read on first use and
 * then kept: a pod starts even while the issuer is out of reach, and its sign-in works
 * once it is back. The authorization-code flow uses PKCE (Spring Security's default for
 * every client).
 */
final class OidcSignIn implements ReactiveClientRegistrationRepository {

	private final URI issuer;

	private final Mono<ClientRegistration> registration;

	OidcSignIn(URI issuer, SignInProperties client) {
		this.issuer = issuer;
		this.registration = Mono
			.fromCallable(() -> ClientRegistrations.fromIssuerLocation(issuer.toString())
				.registrationId(BrowserPages.OIDC_REGISTRATION)
				.clientId(client.clientId())
				.clientSecret(client.clientSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(client.scopes())
				.build())
			.subscribeOn(Schedulers.boundedElastic())
			// A failed discovery is tried again at the next sign-in.
			.cache(found -> Duration.ofDays(36500), failure -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		return BrowserPages.OIDC_REGISTRATION.equals(registrationId) ? registration : Mono.empty();
	}

	/**
	 * Where the issuer's pages are: signing out posts a form whose answer leads there, so
	 * the pages' {@code form-action} must allow it.
	 */
	String origin() {
		return issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

}
