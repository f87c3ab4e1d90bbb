package io.todoplatform.notifications.application;

import java.time.Clock;

import io.todoplatform.notifications.application.port.in.ArmReminders;
import io.todoplatform.notifications.application.port.out.ReminderScheduler;
import io.todoplatform.notifications.application.port.out.Reminders;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
class ArmingReminders implements ArmReminders {

	/**
	 * Arming at start-up goes this many reminders at a time: enough to be quick, few
	 * enough to spare the scheduler.
	 */
	private static final int ARMING_CONCURRENCY = 16;

	private final Reminders reminders;

	private final ReminderScheduler scheduler;

	private final Clock clock;

	ArmingReminders(Reminders reminders, ReminderScheduler scheduler, Clock clock) {
		this.reminders = reminders;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Override
	public Mono<Void> arm(ReminderId id) {
		return reminders.find(id)
			.flatMap(reminder -> reminder.status() == ReminderStatus.SCHEDULED ? scheduler.schedule(reminder)
					: scheduler.cancel(reminder));
	}

	@Override
	public Mono<Long> armAtStartup() {
		var lost = scheduler.forgetsOnRestart() ? reminders.scheduled() : reminders.overdue(clock.instant());
		return lost.flatMap(reminder -> scheduler.schedule(reminder).thenReturn(reminder), ARMING_CONCURRENCY).count();
	}

}
