package io.todoplatform.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Runs asynchronous steps with at most a fixed number in flight, the way a well-behaved
 * bulk importer would, so that seeding measures the app's write throughput rather than
 * flooding it.
 */
final class Bounded {

	private Bounded() {
	}

	/**
	 * Starts {@code step.apply(i)} for i in [0, count) on the calling thread, waiting for
	 * a free slot before each, and returns when all have completed. Failures are the
	 * steps' own business (they record them).
	 */
	static void forEach(int count, int concurrency, IntFunction<CompletableFuture<?>> step)
			throws InterruptedException {
		var slots = new Semaphore(concurrency);
		for (var i = 0; i < count; i++) {
			slots.acquire();
			step.apply(i).whenComplete((result, error) -> slots.release());
		}
		slots.acquire(concurrency);
	}

}
