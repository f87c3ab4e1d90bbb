package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetentionUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:17:00Z");

	@Test
	void withoutASettingFinishedHistoryIsKeptThirtyDays() {
		var retention = new Retention(null);

		assertThat(retention.age()).isEqualTo(Duration.ofDays(30));
		assertThat(retention.horizon(NOW)).isEqualTo(Instant.parse("2026-11-01T03:17:00Z"));
	}

	@Test
	void anAgeShorterThanADayIsRefusedSinceRemindersDueInAnOutageMustStillBeSentAfterIt() {
		assertThatThrownBy(() -> new Retention(Duration.ofHours(23))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("todo.notifications.retention.age")
			.hasMessageContaining("PT23H");
		assertThat(new Retention(Duration.ofDays(1)).age()).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void aReminderNotOnRecordIsForgottenOnlyWhenItFiresBeforeTheHorizon() {
		var retention = new Retention(Duration.ofDays(30));

		assertThat(retention.forgets(NOW.minus(Duration.ofDays(30)).minusMillis(1), NOW)).isTrue();
		assertThat(retention.forgets(NOW.minus(Duration.ofDays(30)), NOW)).isFalse();
		assertThat(retention.forgets(NOW.minus(Duration.ofDays(29)), NOW)).isFalse();
	}

}
