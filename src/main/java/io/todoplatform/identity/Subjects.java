package io.todoplatform.identity;

import io.todoplatform.problems.UnsafeText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token's subject names the user who owns everything the request touches, and is stored
 * with it: it must be there, not blank, at most 255 characters, and text a database can
 * store. A trusted issuer may still sign one that is not; such a token is invalid (401),
 * like one with a bad signature.
 */
class Subjects implements OAuth2TokenValidator<Jwt> {

	static final int MAX_LENGTH = 255;

	private static final OAuth2Error INVALID = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The token's subject (sub) must be 1 to " + MAX_LENGTH + " characters of text", null);

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		return usable(token.getSubject()) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(INVALID);
	}

	static boolean usable(@Nullable String subject) {
		return subject != null && !subject.isBlank() && subject.length() <= MAX_LENGTH
				&& subject.chars().noneMatch(Character::isISOControl) && !UnsafeText.in(subject);
	}

}
