package io.todoplatform.identity;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity module's settings ({@code todo.identity.*}). Whether the local issuer and
 * its token endpoint exist is decided before any bean does ({@link LocalIssuer},
 * {@link LocalTokenEndpoint}, reading the same settings): bound here too, a value of the
 * wrong type stops the start rather than passing for the default.
 *
 * @param localIssuer false: no local issuer even without an OIDC issuer
 * @param localKeyFile where the local issuer keeps its signing key, so that its tokens
 * outlive a restart; none: a new key at each start
 * @param tokenEndpoint who may reach the local token endpoint
 */
@ConfigurationProperties("todo.identity")
record IdentityProperties(@DefaultValue("true") boolean localIssuer, @Nullable Path localKeyFile,
		@DefaultValue TokenEndpoint tokenEndpoint) {

	IdentityProperties {
		// An empty setting (TODO_IDENTITY_LOCAL_KEY_FILE unset) means none.
		localKeyFile = localKeyFile == null || localKeyFile.toString().isBlank() ? null : localKeyFile;
	}

	/**
	 * @param allowNonLoopback answer on an address other than loopback: anyone who
	 * reaches it can sign in
	 */
	record TokenEndpoint(@DefaultValue("false") boolean allowNonLoopback) {
	}
}
