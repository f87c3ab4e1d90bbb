package io.todoplatform.notifications.adapter.in.events;

import java.util.Set;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.events.Subscription;
import io.todoplatform.events.UnprocessableEventException;
import io.todoplatform.notifications.application.port.in.ArmReminders;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Arms the scheduler from the module's own reminder events. They leave the outbox only after the change committed
 * and are redelivered until handled, so every committed reminder gets armed, even when the process dies right after
 * the commit. The reminder is read afresh, so an old event cannot undo a newer change.
 */
@Configuration(proxyBeanMethods = false)
class AlertEventsForScheduler {

	private final ArmReminders arm;

	AlertEventsForScheduler(ArmReminders arm) {
		this.arm = arm;
	}

	@Bean
	Subscription schedulerArming(@Qualifier("notificationsSchema") ModuleSchema schema) {
		return new Subscription(Set.of("alert.scheduled", "alert.cancelled"), "notifications.arm-scheduler", schema,
				this::handle);
	}

	Mono<Void> handle(CloudEvent event) {
		return Mono.defer(() -> {
			ReminderId id;
			try {
				id = new ReminderId(UUID.fromString(event.subject()));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				return Mono.error(new UnprocessableEventException("Malformed " + event.type() + " " + event.id(), e));
			}
			return arm.arm(id);
		});
	}
}
