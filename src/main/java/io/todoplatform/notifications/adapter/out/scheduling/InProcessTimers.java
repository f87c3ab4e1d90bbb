package io.todoplatform.notifications.adapter.out.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.application.port.out.ReminderScheduler;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The local mode's scheduler: one timer in memory per waiting reminder, armed from the reminders table at start-up
 * and by the module's events afterwards; it never queries on a period. A trigger that must come again (the database
 * was away, or another delivery is under way) is re-armed after {@code retryInterval}, like a Dapr job's failure
 * policy; after {@code maxRetries} the reminder waits for the next start.
 */
@Component
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "in-process", matchIfMissing = true)
class InProcessTimers implements ReminderScheduler, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InProcessTimers.class);

	private volatile Delivery delivery = (id, fireAt) -> Mono.error(
			new IllegalStateException("No delivery was given to the scheduler"));
	private final Clock clock;
	private final Duration retryInterval;
	private final int maxRetries;
	private final Map<ReminderId, Timer> armed = new ConcurrentHashMap<>();

	InProcessTimers(Clock clock,
			@Value("${todo.notifications.in-process.retry-interval:10s}") Duration retryInterval,
			@Value("${todo.notifications.in-process.max-retries:60}") int maxRetries) {
		this.clock = clock;
		this.retryInterval = retryInterval;
		this.maxRetries = maxRetries;
	}

	/** One armed firing; replacing or cancelling it disposes its timer. */
	private final class Timer {

		private volatile Disposable pending = () -> {
		};

		void dispose() {
			pending.dispose();
		}
	}

	@Override
	public void deliverWith(Delivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public Mono<Void> schedule(Reminder reminder) {
		return Mono.fromRunnable(() -> {
			var delay = Duration.between(clock.instant(), reminder.fireAt());
			arm(reminder.id(), reminder.fireAt(), delay.isNegative() ? Duration.ZERO : delay, 0);
		});
	}

	@Override
	public Mono<Void> cancel(Reminder reminder) {
		return Mono.fromRunnable(() -> {
			var timer = armed.remove(reminder.id());
			if (timer != null) {
				timer.dispose();
			}
		});
	}

	@Override
	public boolean forgetsOnRestart() {
		return true;
	}

	private void arm(ReminderId id, Instant fireAt, Duration delay, int retry) {
		var timer = new Timer();
		var replaced = armed.put(id, timer);
		if (replaced != null) {
			replaced.dispose();
		}
		timer.pending = Mono.delay(delay)
			.then(Mono.defer(() -> delivery.deliver(id, fireAt)))
			.subscribe(outcome -> {
				if (outcome == DeliveryOutcome.BUSY) {
					again(id, fireAt, timer, retry, "another delivery is under way");
				}
				else {
					armed.remove(id, timer);
				}
			}, failure -> again(id, fireAt, timer, retry, failure.toString()));
	}

	private void again(ReminderId id, Instant fireAt, Timer timer, int retry, String reason) {
		if (armed.get(id) != timer) {
			return;
		}
		if (retry >= maxRetries) {
			armed.remove(id, timer);
			log.error("Reminder {} at {} gave up after {} retries ({}); it is armed again at the next start", id,
					fireAt, retry, reason);
			return;
		}
		log.warn("Reminder {} at {} comes again in {}: {}", id, fireAt, retryInterval, reason);
		arm(id, fireAt, retryInterval, retry + 1);
	}

	@Override
	public void destroy() {
		armed.values().forEach(Timer::dispose);
		armed.clear();
	}
}
