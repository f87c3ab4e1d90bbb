package io.todoplatform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.todoplatform.problems.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front of the server: a token refused for the rest of its window goes no further
 * than a map lookup; anything else goes on to the server, to be authenticated and
 * counted.
 */
class EarlyRefusalsUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private final Refusals refusals = new Refusals();

	private final EarlyRefusals filter = new EarlyRefusals(limits(true), refusals, new TooManyRequests(problemWriter()),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final AtomicBoolean passedOn = new AtomicBoolean();

	private final HttpHandler server = (request, response) -> {
		passedOn.set(true);
		return Mono.empty();
	};

	@Test
	void aTokenRefusedForTheRestOfItsWindowIsRefusedBeforeItIsVerified() {
		refusals.refuse("token:abc", NOW, Duration.ofSeconds(12));
		var response = new MockServerHttpResponse();

		filter.decorate(server).handle(request("/api/v1/tasks", "Bearer abc"), response).block();

		assertThat(passedOn).isFalse();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("12");
		assertThat(response.getHeaders().getFirst("RateLimit")).isEqualTo("\"per-user\";r=0;t=12");
		assertThat(response.getBodyAsString().block()).contains("\"violated-policies\":[\"per-user\"]");
	}

	@Test
	void anotherTokenAPathWithoutALimitOrAnExpiredRefusalGoOnToAuthentication() {
		refusals.refuse("token:abc", NOW.minusSeconds(60), Duration.ofSeconds(60));
		refusals.refuse("token:xyz", NOW, Duration.ofSeconds(30));

		for (var request : List.of(request("/api/v1/tasks", "Bearer abc"), request("/api/v1/tasks", "Bearer other"),
				request("/actuator/health", "Bearer xyz"), request("/api/v1/tasks", null))) {
			passedOn.set(false);
			filter.decorate(server).handle(request, new MockServerHttpResponse()).block();
			assertThat(passedOn).as(request.getPath().value()).isTrue();
		}
	}

	@Test
	void withTheLimitsOffNothingIsRefused() {
		refusals.refuse("token:abc", NOW, Duration.ofSeconds(30));
		var off = new EarlyRefusals(limits(false), refusals, new TooManyRequests(problemWriter()),
				Clock.fixed(NOW, ZoneOffset.UTC));

		off.decorate(server).handle(request("/api/v1/tasks", "Bearer abc"), new MockServerHttpResponse()).block();

		assertThat(passedOn).isTrue();
	}

	private static MockServerHttpRequest request(String path, String authorization) {
		var request = MockServerHttpRequest.get(path);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request.build();
	}

	private static Limits limits(boolean enabled) {
		var policy = new LimitProperties.Policy(100, Duration.ofMinutes(1), List.of("/api/**"));
		return new Limits(new LimitProperties(enabled, LimitProperties.Store.MEMORY, policy,
				new LimitProperties.Policy(30, Duration.ofMinutes(1), List.of("/auth/token"))));
	}

	private static ProblemWriter problemWriter() {
		return new ProblemWriter(new JsonMapper());
	}

}
