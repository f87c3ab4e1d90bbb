package io.todoplatform.notifications.adapter.in.events;

import io.todoplatform.events.Subscription;
import io.todoplatform.notifications.application.port.in.ArmReminders;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.events.ReminderCancelled;
import io.todoplatform.notifications.events.ReminderScheduled;
import io.todoplatform.storage.ModuleSchema;
import org.jmolecules.event.annotation.DomainEventHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Arms the scheduler from the module's own reminder events. They leave the outbox only
 * after the change committed, straight into the module's inbox (no broker round trip, ADR
 * 0027), and are redelivered until handled, so every committed reminder gets armed, even
 * when the process dies right after the commit. The reminder is read afresh, so an old
 * event cannot undo a newer change.
 */
@Configuration(proxyBeanMethods = false)
class ReminderEventsForScheduler {

	private final ArmReminders arm;

	ReminderEventsForScheduler(ArmReminders arm) {
		this.arm = arm;
	}

	@Bean
	Subscription schedulerArming(@Qualifier("notificationsSchema") ModuleSchema schema) {
		return Subscription.to("notifications.arm-scheduler", schema)
			.onOwn(ReminderScheduled.class, this::on)
			.onOwn(ReminderCancelled.class, this::on)
			.build();
	}

	@DomainEventHandler
	Mono<Void> on(ReminderScheduled event) {
		return arm.arm(new ReminderId(event.reminder().reminderId()));
	}

	@DomainEventHandler
	Mono<Void> on(ReminderCancelled event) {
		return arm.arm(new ReminderId(event.reminder().reminderId()));
	}

}
