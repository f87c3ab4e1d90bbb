package io.todoplatform.identity;

import java.net.URI;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.util.StringUtils;

/**
 * Browsers sign in at the API's OIDC issuer when the UI has a client there
 * ({@code todo.identity.sign-in.client-id}). The user's tokens stay in their session
 * (shared by every replica, never in the page), and an expired access token is renewed
 * with the refresh token when the issuer gave one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcClient.Configured.class)
@EnableConfigurationProperties(SignInProperties.class)
class OidcClient {

	@Bean
	OidcSignIn oidcSignIn(Environment environment, SignInProperties client) {
		var issuer = environment.getProperty(LocalIssuer.ISSUER_URI);
		if (!StringUtils.hasText(issuer)) {
			throw new IllegalStateException("todo.identity.sign-in.client-id is set, but not " + LocalIssuer.ISSUER_URI
					+ ": browsers sign in at the issuer whose tokens the API accepts");
		}
		if (!StringUtils.hasText(client.clientSecret())) {
			throw new IllegalStateException("todo.identity.sign-in.client-secret is missing");
		}
		return new OidcSignIn(URI.create(issuer), client);
	}

	/**
	 * In the session (Spring Boot's default would keep them in this replica's memory).
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(OidcSignIn registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	/** A client id is set. */
	static class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("todo.identity.sign-in.client-id"));
		}

	}

}
