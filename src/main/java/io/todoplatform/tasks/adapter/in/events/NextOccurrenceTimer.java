package io.todoplatform.tasks.adapter.in.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.todoplatform.tasks.requests.OccurrenceDue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * How soon a series' next occurrence follows the change that made it due
 * ({@code todo.recurrence.next-occurrence}, a timer with a histogram, tag
 * {@code trigger}): from the completion or skip of the occurrence before, or the series'
 * creation (the request's {@code causedAt}, stamped where that happened), to the commit
 * that created the next occurrence's task here. It spans both modules and the way between
 * them, which is what a user waits for. A deleted occurrence counts as skipped (the
 * series passes it over as if skipped); requests without a cause (from an older producer)
 * are not timed.
 */
@Component
class NextOccurrenceTimer {

	private static final Map<String, String> TRIGGERS = Map.of("created", "created", "completed", "completed",
			"skipped", "skipped", "deleted", "skipped");

	private final Map<String, Timer> timers;

	private final Clock clock;

	NextOccurrenceTimer(MeterRegistry meters, Clock clock) {
		this.timers = Map.of("created", timer(meters, "created"), "completed", timer(meters, "completed"), "skipped",
				timer(meters, "skipped"));
		this.clock = clock;
	}

	private static Timer timer(MeterRegistry meters, String trigger) {
		return Timer.builder("todo.recurrence.next-occurrence")
			.description("Time from the change that makes a series' next occurrence due to its task's creation")
			.tag("trigger", trigger)
			.publishPercentileHistogram()
			// The way through both outboxes and a broker: minutes while one is away.
			.maximumExpectedValue(Duration.ofMinutes(15))
			.register(meters);
	}

	/**
	 * The request's task was created in the current transaction: timed once it commits.
	 */
	Mono<Void> created(OccurrenceDue due) {
		var trigger = due.cause() == null ? null : TRIGGERS.get(due.cause());
		var causedAt = due.causedAt();
		if (trigger == null || causedAt == null) {
			return Mono.empty();
		}
		var timer = timers.get(trigger);
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isSynchronizationActive)
			.onErrorResume(NoTransactionException.class, outside -> Mono.empty())
			.doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return Mono.fromRunnable(() -> record(timer, causedAt));
				}
			}))
			.switchIfEmpty(Mono.fromRunnable(() -> record(timer, causedAt)))
			.then();
	}

	private void record(Timer timer, Instant causedAt) {
		var took = Duration.between(causedAt, clock.instant());
		timer.record(took.isNegative() ? Duration.ZERO : took);
	}

}
