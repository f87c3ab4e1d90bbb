package io.todoplatform.identity;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Signs and verifies the local mode's tokens with an RSA key (see {@link LocalKey}: by
 * default made at start-up and kept only in memory, so that tokens do not outlive the
 * process).
 */
class LocalTokens {

	/**
	 * An http URL, not a URN: Spring Security converts {@code iss} to a URL on every
	 * request, and a URN makes that conversion throw (and be caught) several times per
	 * request.
	 */
	static final String ISSUER = "http://localhost/todo-platform/local-issuer";
	static final Duration LIFETIME = Duration.ofHours(1);

	private final RSAPublicKey publicKey;

	private final NimbusJwtEncoder encoder;

	private final Clock clock;

	LocalTokens(KeyPair key, Clock clock) {
		this.clock = clock;
		this.publicKey = (RSAPublicKey) key.getPublic();
		var jwk = new RSAKey.Builder(publicKey).privateKey((RSAPrivateKey) key.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
	}

	String issue(String username) {
		return sign(claims().subject(username).build());
	}

	/** A token whose dates default to this zone, as an OIDC issuer's {@code zoneinfo}. */
	String issue(String username, ZoneId zone) {
		return sign(claims().subject(username).claim("zoneinfo", zone.getId()).build());
	}

	/** The claims every token of ours has: issuer, issue and expiry time, and an id. */
	JwtClaimsSet.Builder claims() {
		var now = clock.instant();
		return JwtClaimsSet.builder()
			.issuer(ISSUER)
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString());
	}

	String sign(JwtClaimsSet claims) {
		var header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	/**
	 * Verifies the signature, the expiry, that the token is one of ours, and what else is
	 * given.
	 */
	ReactiveJwtDecoder decoder(OAuth2TokenValidator<Jwt> also) {
		var decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey)
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder
			.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER), also));
		return decoder;
	}

}
