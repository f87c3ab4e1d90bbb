package io.todoplatform.identity;

import java.net.URI;
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
 * @param publicUrl the address users reach this app at ({@code TODO_PUBLIC_URL}), named
 * in the protected-resource metadata; none: the address each request was sent to
 */
@ConfigurationProperties("todo.identity")
record IdentityProperties(@DefaultValue("true") boolean localIssuer, @Nullable Path localKeyFile,
		@DefaultValue TokenEndpoint tokenEndpoint, @Nullable URI publicUrl) {

	IdentityProperties {
		// An empty setting (TODO_IDENTITY_LOCAL_KEY_FILE unset) means none.
		localKeyFile = localKeyFile == null || localKeyFile.toString().isBlank() ? null : localKeyFile;
		publicUrl = publicUrl == null || publicUrl.toString().isBlank() ? null : publicUrl;
	}

	/**
	 * @param allowNonLoopback answer on an address other than loopback: anyone who
	 * reaches it can sign in
	 */
	record TokenEndpoint(@DefaultValue("false") boolean allowNonLoopback) {
	}
}
