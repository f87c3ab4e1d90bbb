package io.todoplatform.benchmark;

import java.util.Arrays;

/**
 * Every recorded latency, kept exactly: a run records at most a few hundred thousand
 * values, so sorting them gives exact percentiles without a histogram library.
 */
final class Latencies {

	private long[] nanos = new long[1024];

	private int size;

	synchronized void add(long value) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = value;
	}

	synchronized Summary summary() {
		var sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		return new Summary(sorted);
	}

	/** Nearest-rank percentiles of a sorted copy, in milliseconds. */
	record Summary(long[] sorted) {

		int count() {
			return sorted.length;
		}

		double percentile(double percent) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			var rank = (int) Math.ceil(percent / 100.0 * sorted.length);
			return millis(sorted[Math.max(rank, 1) - 1]);
		}

		double max() {
			return sorted.length == 0 ? Double.NaN : millis(sorted[sorted.length - 1]);
		}

		private static double millis(long nanos) {
			return nanos / 1_000_000.0;
		}
	}

}
