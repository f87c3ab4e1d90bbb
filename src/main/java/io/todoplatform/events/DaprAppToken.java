package io.todoplatform.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Proves that a call on a route only the sidecar uses ({@code /events/**}, {@code /job/**}) comes from this app's
 * sidecar: Dapr sends its {@code APP_API_TOKEN} as the {@code dapr-api-token} header. Without a configured token
 * every call passes, which is only right on a loopback-only machine.
 */
@Component
public class DaprAppToken {

	public static final String HEADER = "dapr-api-token";

	private final byte @Nullable [] expected;

	DaprAppToken(@Value("${todo.events.dapr.app-api-token:}") String token) {
		this.expected = token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
	}

	/** Completes empty when the header proves the sidecar, else fails with 401. */
	public Mono<Void> check(@Nullable String header) {
		if (expected != null && (header == null
				|| !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8)))) {
			return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Not from this app's sidecar"));
		}
		return Mono.empty();
	}
}
