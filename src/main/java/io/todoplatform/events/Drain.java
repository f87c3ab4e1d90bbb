package io.todoplatform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Empties an {@link EventQueue} whenever it is woken, in rounds: each round takes the
 * oldest ready events, at most {@value #PER_LANE} per lane so that one user's backlog
 * cannot crowd out the others, and runs the lanes side by side, each in order. A lane
 * stops at its first failure, which the queue records (holding that lane, or setting the
 * event aside); the other lanes go on. Rounds follow each other until nothing is ready;
 * then the drain sleeps until the next wake-up or until the first held lane is due.
 * Wake-ups during a run collapse into one more run, so none is lost. There is no polling.
 * When the database itself fails, the whole run is retried with backoff.
 */
final class Drain {

	private static final Logger log = LoggerFactory.getLogger(Drain.class);

	private static final int PER_LANE = 20;

	private static final int ROUND = 500;

	/**
	 * Handing events on mostly waits on the database, a sidecar or a subscriber: lanes
	 * run side by side.
	 */
	private static final int PARALLEL_LANES = 32;

	private static final Object WAKE_UP = new Object();

	private final String name;

	private final EventQueue queue;

	private final Sinks.Many<Object> wakeUps = Sinks.many().unicast().onBackpressureBuffer();

	private final Disposable.Swap retryTimer = Disposables.swap();

	private final Disposable running;

	Drain(String name, EventQueue queue, RetryPolicy retry) {
		this.name = name;
		this.queue = queue;
		this.running = wakeUps.asFlux()
			.onBackpressureLatest()
			.concatMap(wakeUp -> run().retryWhen(Retry.backoff(Long.MAX_VALUE, retry.first())
				.maxBackoff(retry.max())
				.doBeforeRetry(signal -> log.warn("Draining the {} failed ({} in a row); retrying: {}", name,
						signal.totalRetriesInARow() + 1, signal.failure().toString()))),
					1)
			.subscribe();
	}

	void wake() {
		wakeUps.emitNext(WAKE_UP, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
	}

	void stop() {
		running.dispose();
		retryTimer.dispose();
	}

	private Mono<Void> run() {
		return Mono.defer(this::round).repeat().takeUntil(more -> !more).then(Mono.defer(this::sleep));
	}

	/** One round; true when it found anything, so that another round follows. */
	private Mono<Boolean> round() {
		return queue.ready(PER_LANE, ROUND)
			.collectList()
			.flatMap(batch -> batch.isEmpty() ? Mono.just(false) : deliver(batch).thenReturn(true));
	}

	private Mono<Void> deliver(List<QueuedEvent> batch) {
		var lanes = batch.stream()
			.collect(Collectors.groupingBy(QueuedEvent::lane, LinkedHashMap::new, Collectors.toList()));
		var handled = Collections.synchronizedList(new ArrayList<QueuedEvent>(batch.size()));
		return Flux.fromIterable(lanes.values())
			.flatMap(lane -> run(lane, handled), PARALLEL_LANES)
			.then(Mono.defer(() -> queue.handled(List.copyOf(handled))))
			.onErrorResume(failure -> queue.handled(List.copyOf(handled)).then(Mono.error(failure)));
	}

	/** One lane, in order, up to its first failure, which the queue records. */
	private Mono<Void> run(List<QueuedEvent> lane, List<QueuedEvent> handled) {
		return Flux.fromIterable(lane)
			.concatMap(event -> queue.handle(event)
				.onErrorMap(failure -> new Stopped(event, failure))
				.then(Mono.fromRunnable(() -> handled.add(event))))
			.then()
			.onErrorResume(Stopped.class, stopped -> queue.failed(stopped.event, stopped.failure));
	}

	/**
	 * Nothing is ready: wake up again when the first held lane is due, if any is held.
	 */
	private Mono<Void> sleep() {
		return queue.untilRetry()
			.doOnNext(delay -> retryTimer.update(Mono.delay(delay).subscribe(tick -> wake())))
			.then();
	}

	@Override
	public String toString() {
		return name;
	}

	/** The event a lane stopped at, and why. */
	private static final class Stopped extends RuntimeException {

		private final QueuedEvent event;

		private final Throwable failure;

		Stopped(QueuedEvent event, Throwable failure) {
			super(failure.toString(), failure, false, false);
			this.event = event;
			this.failure = failure;
		}

	}

}
