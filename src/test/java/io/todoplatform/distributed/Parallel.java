package io.todoplatform.distributed;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

/**
 * Starting and stopping the parts of a topology at once: on two cores, waiting for one
 * after the other adds up.
 */
final class Parallel {

	private Parallel() {
	}

	/**
	 * Runs the parts at once and waits for all of them; the first failure is thrown once
	 * all have ended.
	 */
	static void run(List<Runnable> parts) {
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var running = parts.stream().map(executor::submit).toList();
			RuntimeException first = null;
			for (var part : running) {
				try {
					part.get();
				}
				catch (ExecutionException e) {
					var cause = e.getCause() instanceof RuntimeException runtime ? runtime
							: new IllegalStateException(e.getCause());
					if (first == null) {
						first = cause;
					}
					else {
						first.addSuppressed(cause);
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the topology", e);
				}
			}
			if (first != null) {
				throw first;
			}
		}
	}

	/**
	 * Like {@link #run(List)}, but a failure is added to {@code failures} rather than
	 * thrown.
	 */
	static void runCollectingFailures(List<RuntimeException> failures, List<Runnable> parts) {
		try {
			run(parts);
		}
		catch (RuntimeException e) {
			failures.add(e);
		}
	}

}
