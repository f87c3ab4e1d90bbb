package io.todoplatform.identity;

import io.todoplatform.identity.LocalTokenEndpoint.Exposure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up whether the local token endpoint answers, and why not when it does
 * not: an operator who bound the server to a public address must not be left wondering
 * why {@code POST /auth/token} is 404.
 */
@Component
@Conditional(LocalIssuer.class)
class TokenEndpointNotice {

	private static final Logger log = LoggerFactory.getLogger(TokenEndpointNotice.class);

	TokenEndpointNotice(Environment environment) {
		var exposure = Exposure.of(environment);
		if (exposure.loopback()) {
			log.info("The local token endpoint POST /auth/token answers on {} (loopback only)", exposure.address());
		}
		else if (exposure.allowed()) {
			log.warn(
					"The local token endpoint POST /auth/token answers on {}, which is not a loopback address ({}=true):"
							+ " anyone who reaches it can sign in as any user",
					exposure.address(), LocalTokenEndpoint.ALLOW_NON_LOOPBACK);
		}
		else {
			log.warn("The local token endpoint POST /auth/token is off: the server binds {}, which is not a loopback "
					+ "address, and the endpoint signs a token for any user name. Bind 127.0.0.1 (SERVER_ADDRESS), "
					+ "configure an OIDC issuer, or set {}=true to expose it anyway", exposure.address(),
					LocalTokenEndpoint.ALLOW_NON_LOOPBACK);
		}
	}

}
