package io.todoplatform.limits;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Where requests are counted into their caller's window: in memory when this process is
 * the only one (the local mode), in PostgreSQL when several share the limit (the
 * distributed mode); {@code todo.limits.store} chooses.
 */
interface Windows {

	/**
	 * How many requests a caller's current window holds, this one included, and how long
	 * it lasts.
	 */
	record Count(long requests, Duration left) {
	}

	/**
	 * Counts a request into the caller's window, opening a new one if the last is over.
	 */
	Mono<Count> hit(String caller, Duration window);

}
