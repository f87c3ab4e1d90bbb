package io.todoplatform.storage;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Optimistic locking as every module applies it: an update conditional on the version it
 * read writes nothing when another change won the race ({@link #won}); the whole change
 * (read, decide, update) then runs again on the newer state, a few times, and after that
 * fails as the caller's conflict ({@link #retried}).
 */
public final class OptimisticLocking {

	private OptimisticLocking() {
	}

	/**
	 * The conditional update's answer: what it wrote, or a lost race when it wrote
	 * nothing (empty).
	 */
	public static <T> Mono<T> won(Mono<T> update) {
		return update.switchIfEmpty(Mono.error(LostRace::new));
	}

	/**
	 * Runs the change again, from its read, each time it lost the race, at most
	 * {@code retries} more times; then fails with the conflict. Other failures pass
	 * unchanged.
	 * @param change read, decide and update through {@link #won}; subscribed again for
	 * each attempt, so built lazily
	 */
	public static <T> Mono<T> retried(Mono<T> change, int retries, Supplier<? extends RuntimeException> conflict) {
		return change
			.retryWhen(Retry.max(retries)
				.filter(LostRace.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.onErrorMap(LostRace.class, lost -> conflict.get());
	}

	private static final class LostRace extends RuntimeException {

		LostRace() {
			super("Another change won the race", null, false, false);
		}

	}

}
