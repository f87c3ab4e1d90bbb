package io.todoplatform.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local mode issues its own tokens unless an OIDC issuer is configured or
 * {@code todo.identity.local-issuer} is false. Production configures an issuer, which
 * turns the token endpoint off.
 */
class LocalIssuer implements Condition {

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		return environment.getProperty("todo.identity.local-issuer", Boolean.class, true)
				&& !environment.containsProperty(ISSUER_URI) && !environment.containsProperty(JWK_SET_URI);
	}

}
