package io.todoplatform.identity;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Signs and verifies the local mode's tokens with an RSA key made at start-up. The key lives only in memory, so
 * tokens do not outlive the process: a restart asks clients to fetch a new one.
 */
class LocalTokens {

	/**
	 * An http URL, not a URN: Spring Security converts {@code iss} to a URL on every request, and a URN makes that
	 * conversion throw (and be caught) several times per request.
	 */
	static final String ISSUER = "http://localhost/todo-platform/local-issuer";
	static final Duration LIFETIME = Duration.ofHours(1);

	private final RSAPublicKey publicKey;
	private final NimbusJwtEncoder encoder;
	private final Clock clock;

	LocalTokens(Clock clock) {
		this.clock = clock;
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			this.publicKey = (RSAPublicKey) pair.getPublic();
			var jwk = new RSAKey.Builder(publicKey).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This JVM cannot make RSA keys", e);
		}
	}

	String issue(String username) {
		var now = clock.instant();
		var claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(username)
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString())
			.build();
		var header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	/** Verifies the signature, the expiry and that the token is one of ours. */
	ReactiveJwtDecoder decoder() {
		var decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey).signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}
}
