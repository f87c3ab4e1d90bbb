package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session attributes go to the table and come back as they were; a row holding any other
 * class than those a session is made of is not read at all (its user signs in again).
 */
class SessionAttributesUnitTests {

	@Test
	void aSignedInUsersContextComesBackAsItWas() {
		var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated(new LocalUser("alice", ZoneId.of("Europe/Paris")), null, List.of()));

		var read = SessionAttributes.deserialize(bytes(Map.of("SPRING_SECURITY_CONTEXT", context)));

		assertThat(read)
			.hasValueSatisfying(values -> assertThat(values.get("SPRING_SECURITY_CONTEXT")).isEqualTo(context)
				.extracting(value -> ((SecurityContextImpl) value).getAuthentication().getPrincipal())
				.isEqualTo(new LocalUser("alice", ZoneId.of("Europe/Paris"))));
	}

	@Test
	void aClassNoSessionIsMadeOfIsNotRead() throws Exception {
		var read = SessionAttributes
			.deserialize(bytes(Map.of("note", "fine", "planted", new ObjectName("todo:type=Planted"))));

		assertThat(read).isEmpty();
	}

	private static Map<String, java.nio.ByteBuffer> bytes(Map<String, Object> values) {
		var bytes = new HashMap<String, java.nio.ByteBuffer>();
		SessionAttributes.serialize(new HashMap<String, @Nullable Object>(values)).forEach((name, value) -> {
			assertThat(value).isNotNull();
			bytes.put(name, value);
		});
		return bytes;
	}

}
