package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import io.todoplatform.events.dapr.DaprSettings;
import org.junit.jupiter.api.Test;

/**
 * The events module's settings refuse what would make no sense at start-up, not later.
 */
class EventSettingsUnitTests {

	private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(30),
			Duration.ofMinutes(10));

	private static final DaprSettings DAPR = new DaprSettings("events", null, Duration.ofSeconds(5), null, false);

	@Test
	void theQueuesAreCountedAtMostEverySecond() {
		assertThat(settings(Duration.ofSeconds(1)).metricsInterval()).hasSeconds(1);
		assertThatIllegalArgumentException().isThrownBy(() -> settings(Duration.ofMillis(999)))
			.withMessageContaining("todo.events.metrics-interval");
		assertThatIllegalArgumentException().isThrownBy(() -> settings(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(Duration.ofSeconds(-15)));
	}

	private static EventSettings settings(Duration metricsInterval) {
		return new EventSettings("in-process", RETRY, Duration.ofDays(30), DAPR, metricsInterval);
	}

}
