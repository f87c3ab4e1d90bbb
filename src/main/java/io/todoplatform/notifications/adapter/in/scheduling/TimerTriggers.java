package io.todoplatform.notifications.adapter.in.scheduling;

import java.time.Instant;

import io.todoplatform.notifications.adapter.scheduling.InProcessTimers;
import io.todoplatform.notifications.application.port.in.DeliverReminders;
import io.todoplatform.notifications.domain.DeliveryOutcome;
import io.todoplatform.notifications.domain.ReminderId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where the local mode's timers trigger a reminder's delivery, as the sidecar does
 * through {@link JobTriggers}: the outcome tells the timers whether to come again.
 */
@Component
@ConditionalOnProperty(name = "todo.notifications.scheduler", havingValue = "in-process", matchIfMissing = true)
class TimerTriggers implements InProcessTimers.Trigger {

	private final DeliverReminders deliver;

	TimerTriggers(DeliverReminders deliver) {
		this.deliver = deliver;
	}

	@Override
	public Mono<DeliveryOutcome> fire(ReminderId id, Instant fireAt) {
		return deliver.deliver(id, fireAt);
	}

}
