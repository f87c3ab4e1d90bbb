package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class OptimisticLockingUnitTests {

	final AtomicInteger attempts = new AtomicInteger();

	@Test
	void aChangeThatLostTheRaceRunsAgainFromItsRead() {
		var change = Mono
			.defer(() -> OptimisticLocking.won(attempts.incrementAndGet() < 3 ? Mono.empty() : Mono.just("saved")));

		assertThat(OptimisticLocking.retried(change, 3, IllegalStateException::new).block()).isEqualTo("saved");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void aChangeThatKeepsLosingEndsAsTheCallersConflict() {
		var change = Mono.defer(() -> OptimisticLocking.won(Mono.<String>fromRunnable(attempts::incrementAndGet)));

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> OptimisticLocking.retried(change, 2, () -> new IllegalStateException("conflict")).block())
			.withMessage("conflict");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void otherFailuresAreNotRetried() {
		var change = Mono.<String>defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(new IllegalArgumentException("invalid"));
		});

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> OptimisticLocking.retried(change, 2, IllegalStateException::new).block());
		assertThat(attempts).hasValue(1);
	}

}
