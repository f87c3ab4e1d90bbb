package io.todoplatform.identity;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as every API needs it: the verified token's subject, and the time zone
 * their dates default to (the OIDC {@code zoneinfo} claim when the issuer provides a
 * valid one, else UTC).
 */
public record Caller(String subject, ZoneId zone) {

	private static final ZoneId UTC = ZoneId.of("UTC");

	public static Caller of(Jwt token) {
		return new Caller(token.getSubject(), zone(token.getClaimAsString("zoneinfo")));
	}

	/** The zone of this id; UTC for none or one Java does not know. */
	static ZoneId zone(@Nullable String zoneinfo) {
		try {
			return zoneinfo == null ? UTC : ZoneId.of(zoneinfo);
		}
		catch (DateTimeException e) {
			return UTC;
		}
	}
}
