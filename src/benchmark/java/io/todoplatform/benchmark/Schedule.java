package io.todoplatform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * When each request of an open-model run is due, fixed before the run starts: a slow
 * response never delays the next request, which is what keeps the measurement free of
 * coordinated omission.
 */
record Schedule(List<Arrival> arrivals) {

	/** Request {@code user} is due {@code offsetNanos} after the run starts. */
	record Arrival(long offsetNanos, int user) {
	}

	/** The share of the full rate the ramp starts from. */
	private static final double RAMP_FLOOR = 0.1;

	/**
	 * Each user waits between half and one and a half mean intervals (uniformly) between
	 * requests, so users do not fire in lockstep. The rate ramps up linearly from 10 %
	 * over {@code rampUp}, so that a freshly started app can compile its hot code before
	 * it gets the full load; from then on it is constant.
	 */
	static Schedule open(int users, Duration rampUp, Duration length, Duration meanInterval) {
		var random = ThreadLocalRandom.current();
		var mean = meanInterval.toNanos();
		var arrivals = new ArrayList<Arrival>();
		for (var user = 0; user < users; user++) {
			var offset = (long) (random.nextLong(mean) / rate(0, rampUp));
			while (offset < length.toNanos()) {
				arrivals.add(new Arrival(offset, user));
				offset += (long) ((mean / 2 + random.nextLong(mean)) / rate(offset, rampUp));
			}
		}
		arrivals.sort(Comparator.comparingLong(Arrival::offsetNanos));
		return new Schedule(List.copyOf(arrivals));
	}

	private static double rate(long offsetNanos, Duration rampUp) {
		return offsetNanos >= rampUp.toNanos() ? 1 : RAMP_FLOOR + (1 - RAMP_FLOOR) * offsetNanos / rampUp.toNanos();
	}

	long countBetween(Duration from, Duration to) {
		return arrivals.stream()
			.filter(arrival -> arrival.offsetNanos() >= from.toNanos() && arrival.offsetNanos() < to.toNanos())
			.count();
	}

	static void sleepUntil(long nanoTime) {
		for (var remaining = nanoTime - System.nanoTime(); remaining > 0; remaining = nanoTime - System.nanoTime()) {
			LockSupport.parkNanos(remaining);
		}
	}
}
