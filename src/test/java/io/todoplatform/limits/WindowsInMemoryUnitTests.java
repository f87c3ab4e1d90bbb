package io.todoplatform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The local mode's windows: the same rules as the stored ones, by a clock the test moves.
 */
class WindowsInMemoryUnitTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private Instant now = Instant.parse("2026-12-01T08:00:00Z");

	private final WindowsInMemory windows = new WindowsInMemory(new Clock() {

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}
	});

	@Test
	void aWindowStartsWithTheCallersFirstRequestAndCountsEachOne() {
		assertThat(windows.hit("user:ada", MINUTE).block()).isEqualTo(new Windows.Count(1, MINUTE));
		now = now.plusSeconds(20);
		assertThat(windows.hit("user:ada", MINUTE).block()).isEqualTo(new Windows.Count(2, Duration.ofSeconds(40)));
		assertThat(windows.hit("user:bob", MINUTE).block()).isEqualTo(new Windows.Count(1, MINUTE));
	}

	@Test
	void theNextRequestAfterTheWindowOpensANewOne() {
		windows.hit("user:ada", MINUTE).block();
		windows.hit("user:ada", MINUTE).block();
		now = now.plus(MINUTE);

		assertThat(windows.hit("user:ada", MINUTE).block()).isEqualTo(new Windows.Count(1, MINUTE));
	}

}
