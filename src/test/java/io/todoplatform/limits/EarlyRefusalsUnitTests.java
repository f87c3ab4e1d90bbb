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
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter in front of authentication: a token refused for the rest of its window goes no further than a map
 * lookup; anything else goes on to be authenticated and counted.
 */
class EarlyRefusalsUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private final Refusals refusals = new Refusals();
	private final EarlyRefusals filter = new EarlyRefusals(limits(true), refusals,
			new TooManyRequests(problemWriter()), Clock.fixed(NOW, ZoneOffset.UTC));
	private final AtomicBoolean passedOn = new AtomicBoolean();
	private final WebFilterChain authentication = exchange -> {
		passedOn.set(true);
		return Mono.empty();
	};

	@Test
	void aTokenRefusedForTheRestOfItsWindowIsRefusedBeforeItIsVerified() {
		refusals.refuse("token:abc", NOW, Duration.ofSeconds(12));
		var exchange = exchange("/api/v1/tasks", "Bearer abc");

		filter.filter(exchange, authentication).block();

		assertThat(passedOn).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("12");
		assertThat(exchange.getResponse().getHeaders().getFirst("RateLimit")).isEqualTo("\"per-user\";r=0;t=12");
	}

	@Test
	void anotherTokenAPathWithoutALimitOrAnExpiredRefusalGoOnToAuthentication() {
		refusals.refuse("token:abc", NOW.minusSeconds(60), Duration.ofSeconds(60));
		refusals.refuse("token:xyz", NOW, Duration.ofSeconds(30));

		for (var exchange : List.of(exchange("/api/v1/tasks", "Bearer abc"), exchange("/api/v1/tasks", "Bearer other"),
				exchange("/actuator/health", "Bearer xyz"), exchange("/api/v1/tasks", null))) {
			passedOn.set(false);
			filter.filter(exchange, authentication).block();
			assertThat(passedOn).as(exchange.getRequest().getPath().value()).isTrue();
		}
	}

	@Test
	void withTheLimitsOffNothingIsRefused() {
		refusals.refuse("token:abc", NOW, Duration.ofSeconds(30));
		var off = new EarlyRefusals(limits(false), refusals, new TooManyRequests(problemWriter()),
				Clock.fixed(NOW, ZoneOffset.UTC));

		off.filter(exchange("/api/v1/tasks", "Bearer abc"), authentication).block();

		assertThat(passedOn).isTrue();
	}

	private static MockServerWebExchange exchange(String path, String authorization) {
		var request = MockServerHttpRequest.get(path);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return MockServerWebExchange.from(request);
	}

	private static Limits limits(boolean enabled) {
		var policy = new LimitProperties.Policy(100, Duration.ofMinutes(1), List.of("/api/**"));
		return new Limits(new LimitProperties(enabled, policy,
				new LimitProperties.Policy(30, Duration.ofMinutes(1), List.of("/auth/token"))));
	}

	private static ProblemWriter problemWriter() {
		return new ProblemWriter(new JsonMapper());
	}
}
