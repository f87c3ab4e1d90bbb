package io.todoplatform.assistant;

import java.time.ZoneId;

import io.todoplatform.identity.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a tool acts for (shared by the tool ports and the adapters): the subject of their
 * verified bearer token, the token itself, which every API call the tool makes carries,
 * and the time zone their dates default to (as the API reads it from the token).
 */
public record Credentials(String subject, String token, ZoneId zone) {

	/** For a caller whose token names no zone: the API's default, UTC. */
	public Credentials(String subject, String token) {
		this(subject, token, ZoneId.of("UTC"));
	}

	public static Credentials of(Jwt jwt) {
		return new Credentials(jwt.getSubject(), jwt.getTokenValue(), Caller.of(jwt).zone());
	}

	@Override
	public String toString() {
		return "Credentials[subject=" + subject + "]";
	}

}
