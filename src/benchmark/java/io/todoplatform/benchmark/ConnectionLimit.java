package io.todoplatform.benchmark;

import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most a fixed number of requests on the wire, like wrk2's fixed connection count:
 * HTTP/1.1 needs one connection per request in flight, and without a limit an app that
 * falls behind gets a storm of new connections that costs the client as much CPU as the
 * app. Requests over the limit wait here without blocking the caller; their latency still
 * counts from their scheduled time, so waiting shows up in the results instead of being
 * hidden.
 */
final class ConnectionLimit {

	private record Waiting(Supplier<CompletableFuture<HttpResponse<String>>> send,
			CompletableFuture<HttpResponse<String>> result) {
	}

	private final int limit;

	private final AtomicInteger active = new AtomicInteger();

	private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicInteger queued = new AtomicInteger();

	private final AtomicInteger maxQueued = new AtomicInteger();

	ConnectionLimit(int limit) {
		this.limit = limit;
	}

	/**
	 * Sends now if a connection is free, otherwise as soon as one is, unless the caller
	 * has completed the returned future by then (given up on it): sending it late would
	 * only add load.
	 */
	CompletableFuture<HttpResponse<String>> submit(Supplier<CompletableFuture<HttpResponse<String>>> send) {
		var request = new Waiting(send, new CompletableFuture<>());
		if (tryAcquire()) {
			start(request);
		}
		else {
			maxQueued.accumulateAndGet(queued.incrementAndGet(), Math::max);
			waiting.add(request);
			drain();
		}
		return request.result();
	}

	int limit() {
		return limit;
	}

	/** The most requests that had to wait for a connection at the same time. */
	int maxQueued() {
		return maxQueued.get();
	}

	private void start(Waiting request) {
		request.send().get().whenComplete((response, error) -> {
			active.decrementAndGet();
			drain();
			if (error != null) {
				request.result().completeExceptionally(error);
			}
			else {
				request.result().complete(response);
			}
		});
	}

	/**
	 * Hands free connections to waiting requests. Called after every enqueue and every
	 * completion, so no waiting request is stranded by a race between the two. A loop
	 * rather than recursion: thousands of given-up requests may be skipped in one go.
	 */
	private void drain() {
		while (!waiting.isEmpty() && tryAcquire()) {
			var next = waiting.poll();
			if (next != null) {
				queued.decrementAndGet();
			}
			if (next == null || next.result().isDone()) {
				active.decrementAndGet();
				continue;
			}
			start(next);
		}
	}

	private boolean tryAcquire() {
		for (var current = active.get(); current < limit; current = active.get()) {
			if (active.compareAndSet(current, current + 1)) {
				return true;
			}
		}
		return false;
	}

}
