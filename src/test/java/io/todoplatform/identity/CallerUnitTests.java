package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerUnitTests {

	static Jwt token(String zoneinfo) {
		var builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("alice").issuedAt(Instant.EPOCH);
		return (zoneinfo == null ? builder : builder.claim("zoneinfo", zoneinfo)).build();
	}

	@Test
	void theCallerIsTheTokenSubjectInTheZoneTheIssuerGives() {
		assertThat(Caller.of(token("Europe/Berlin"))).isEqualTo(new Caller("alice", ZoneId.of("Europe/Berlin")));
	}

	@Test
	void withoutAValidZoneClaimDatesDefaultToUtc() {
		assertThat(Caller.of(token(null)).zone()).isEqualTo(ZoneId.of("UTC"));
		assertThat(Caller.of(token("Mars/Olympus_Mons")).zone()).isEqualTo(ZoneId.of("UTC"));
	}

}
