package io.todoplatform.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local token endpoint signs a token for any user name it is given, so it exists only
 * where nobody else can reach it: with the {@link LocalIssuer local issuer}, on a server
 * bound to a loopback address. On any other address (or on all of them, when
 * {@code server.address} is empty) it exists only if {@value #ALLOW_NON_LOOPBACK} says so
 * explicitly.
 */
class LocalTokenEndpoint extends LocalIssuer {

	static final String ALLOW_NON_LOOPBACK = "todo.identity.token-endpoint.allow-non-loopback";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return super.matches(context, metadata) && Exposure.of(context.getEnvironment()).answers();
	}

	/**
	 * Where the server listens, and whether the endpoint may answer there.
	 *
	 * @param address {@code server.address}, or {@code every interface} when it is not
	 * set
	 */
	record Exposure(String address, boolean loopback, boolean allowed) {

		static Exposure of(Environment environment) {
			var address = environment.getProperty("server.address", "").strip();
			return new Exposure(address.isEmpty() ? "every interface" : address, loopback(address),
					environment.getProperty(ALLOW_NON_LOOPBACK, Boolean.class, false));
		}

		boolean answers() {
			return loopback || allowed;
		}

		/**
		 * Resolved as the server resolves it; a name that does not resolve binds nowhere,
		 * so it is not loopback.
		 */
		private static boolean loopback(String address) {
			try {
				return !address.isEmpty() && InetAddress.getByName(address).isLoopbackAddress();
			}
			catch (UnknownHostException e) {
				return false;
			}
		}
	}

}
