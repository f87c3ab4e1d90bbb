package io.todoplatform.distributed;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/** Small helpers the end-to-end tests share. */
final class E2e {

	private E2e() {
	}

	/**
	 * Polls often (every 10 ms) so that measured latencies are not rounded up to the poll
	 * interval.
	 */
	static <T> T await(Callable<T> value, Predicate<? super T> until, Duration atMost) {
		return Awaitility.await().pollInterval(Duration.ofMillis(10)).atMost(atMost).until(value, until);
	}

}
