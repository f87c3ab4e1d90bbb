package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.CLOCK;
import static io.todoplatform.notifications.application.ReminderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.todoplatform.notifications.domain.PrunedHistory;
import io.todoplatform.notifications.domain.Retention;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Forgetting what finished longer ago than the retention age.
 */
class PruningHistoryUnitTests {

	final List<Instant> horizons = new ArrayList<>();

	@Test
	void whatFinishedBeforeTheRetentionAgeIsPruned() {
		var pruning = new PruningHistory(horizon -> {
			horizons.add(horizon);
			return Mono.just(new PrunedHistory(2, 5));
		}, new Retention(Duration.ofDays(7)), CLOCK);

		assertThat(pruning.prune().block()).isEqualTo(new PrunedHistory(2, 5));
		assertThat(horizons).containsExactly(NOW.minus(Duration.ofDays(7)));
	}

	@Test
	void whileAnotherProcessPrunesThisOneReportsNothing() {
		var pruning = new PruningHistory(horizon -> Mono.empty(), new Retention(null), CLOCK);

		assertThat(pruning.prune().blockOptional()).isEmpty();
	}

}
