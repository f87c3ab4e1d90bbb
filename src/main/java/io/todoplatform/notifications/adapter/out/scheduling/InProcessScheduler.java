package io.todoplatform.notifications.adapter.out.scheduling;

import io.todoplatform.notifications.adapter.scheduling.InProcessTimers;
import io.todoplatform.notifications.application.port.out.ReminderScheduler;
import io.todoplatform.notifications.domain.Reminder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The local mode's scheduler: arms a timer in memory per waiting reminder. The timers
 * trigger deliveries through the primary adapter
 * ({@code adapter.in.scheduling.TimerTriggers}), not through this one; they live as long
 * as this process, so every waiting reminder is armed again at start-up.
 */
@Component
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "in-process", matchIfMissing = true)
class InProcessScheduler implements ReminderScheduler {

	private final InProcessTimers timers;

	InProcessScheduler(InProcessTimers timers) {
		this.timers = timers;
	}

	@Override
	public Mono<Void> schedule(Reminder reminder) {
		return Mono.fromRunnable(() -> timers.arm(reminder.id(), reminder.fireAt()));
	}

	@Override
	public Mono<Void> cancel(Reminder reminder) {
		return Mono.fromRunnable(() -> timers.disarm(reminder.id()));
	}

	@Override
	public boolean forgetsOnRestart() {
		return true;
	}

}
