package io.todoplatform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the same call many times at once, for tests of races: each call on its own thread,
 * all released together.
 */
public final class AllAtOnce {

	private AllAtOnce() {
	}

	public static <T> List<T> run(int times, Supplier<T> call) {
		var start = new CountDownLatch(1);
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			var results = new ArrayList<Future<T>>();
			for (var i = 0; i < times; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return call.get();
				}));
			}
			start.countDown();
			var answers = new ArrayList<T>();
			for (var result : results) {
				answers.add(result.get());
			}
			return answers;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

}
