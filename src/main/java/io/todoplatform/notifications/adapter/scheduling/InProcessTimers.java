package io.todoplatform.notifications.adapter.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.ReminderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The local mode's stand-in for the Dapr scheduler: one timer in memory per waiting
 * reminder, armed by the scheduler adapter and fired through the {@link Trigger} a
 * primary adapter provides, as Dapr triggers {@code POST /job/{name}}; it never queries
 * on a period. A trigger that must come again (the database was away, or another delivery
 * is under way) is re-armed after {@code retryInterval}, like a Dapr job's failure
 * policy; after {@code maxRetries} the reminder waits for the next start. A timer waits
 * at most {@link #LONGEST_WAIT} at a time, then again for what is left by the clock: a
 * delay is counted in nanoseconds in a long (292 years, less than a reminder in the year
 * 9999 is away), and a clock that was set meanwhile is followed.
 */
@Component
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "in-process", matchIfMissing = true)
public class InProcessTimers implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InProcessTimers.class);

	static final Duration LONGEST_WAIT = Duration.ofDays(1);

	/**
	 * What a timer starts when it fires: {@link DeliveryOutcome#BUSY} or an error means
	 * it must come again.
	 */
	@FunctionalInterface
	public interface Trigger {

		Mono<DeliveryOutcome> fire(ReminderId id, Instant fireAt);

	}

	private final Trigger trigger;

	private final Clock clock;

	private final Duration retryInterval;

	private final int maxRetries;

	private final Map<ReminderId, Timer> armed = new ConcurrentHashMap<>();

	private final Duration longestWait;

	@Autowired
	InProcessTimers(Trigger trigger, Clock clock, NotificationProperties properties) {
		this(trigger, clock, properties.inProcess().retryInterval(), properties.inProcess().maxRetries(), LONGEST_WAIT);
	}

	InProcessTimers(Trigger trigger, Clock clock, Duration retryInterval, int maxRetries, Duration longestWait) {
		this.trigger = trigger;
		this.clock = clock;
		this.retryInterval = retryInterval;
		this.maxRetries = maxRetries;
		this.longestWait = longestWait;
	}

	/**
	 * One armed firing, waiting in one or more steps; replacing or cancelling it disposes
	 * the current step.
	 */
	private static final class Timer {

		private Disposable pending = () -> {
		};

		private boolean disposed;

		synchronized void waitFor(Disposable step) {
			if (disposed) {
				step.dispose();
			}
			else {
				pending = step;
			}
		}

		synchronized void dispose() {
			disposed = true;
			pending.dispose();
		}

	}

	/**
	 * Arms the reminder's timer for the firing at {@code fireAt}, replacing whatever was
	 * armed for it before.
	 */
	public void arm(ReminderId id, Instant fireAt) {
		arm(id, fireAt, untilDue(fireAt), 0);
	}

	/** Disarms the reminder's timer; nothing happens when none is armed. */
	public void disarm(ReminderId id) {
		var timer = armed.remove(id);
		if (timer != null) {
			timer.dispose();
		}
	}

	private void arm(ReminderId id, Instant fireAt, Duration delay, int retry) {
		var timer = new Timer();
		var replaced = armed.put(id, timer);
		if (replaced != null) {
			replaced.dispose();
		}
		await(id, fireAt, timer, delay, retry);
	}

	/** Waits for the delay, at most {@code longestWait} at a time, then fires. */
	private void await(ReminderId id, Instant fireAt, Timer timer, Duration delay, int retry) {
		if (delay.compareTo(longestWait) > 0) {
			timer.waitFor(Mono.delay(longestWait).subscribe(step -> await(id, fireAt, timer, untilDue(fireAt), retry)));
			return;
		}
		timer.waitFor(Mono.delay(delay).then(Mono.defer(() -> trigger.fire(id, fireAt))).subscribe(outcome -> {
			if (outcome == DeliveryOutcome.BUSY) {
				again(id, fireAt, timer, retry, "another delivery is under way");
			}
			else {
				armed.remove(id, timer);
			}
		}, failure -> again(id, fireAt, timer, retry, failure.toString())));
	}

	private Duration untilDue(Instant fireAt) {
		var delay = Duration.between(clock.instant(), fireAt);
		return delay.isNegative() ? Duration.ZERO : delay;
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
