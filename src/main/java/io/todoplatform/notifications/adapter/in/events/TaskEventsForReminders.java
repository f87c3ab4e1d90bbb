package io.todoplatform.notifications.adapter.in.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;

import io.todoplatform.events.Subscription;
import io.todoplatform.notifications.application.port.in.KeepRemindersInStep;
import io.todoplatform.notifications.application.port.in.KeepRemindersInStep.WantedReminder;
import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.domain.TaskSnapshot;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.tasks.events.TaskCompleted;
import io.todoplatform.tasks.events.TaskCreated;
import io.todoplatform.tasks.events.TaskData;
import io.todoplatform.tasks.events.TaskDeleted;
import io.todoplatform.tasks.events.TaskReopened;
import io.todoplatform.tasks.events.TaskUpdated;
import org.jmolecules.event.annotation.DomainEventHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Subscribes notifications to every task event: each carries the whole task with its
 * reminders and their fire times, which is all this module knows of tasks.
 */
@Configuration(proxyBeanMethods = false)
class TaskEventsForReminders {

	private final KeepRemindersInStep reminders;

	TaskEventsForReminders(KeepRemindersInStep reminders) {
		this.reminders = reminders;
	}

	@Bean
	Subscription remindersOfTasks(@Qualifier("notificationsSchema") ModuleSchema schema) {
		return Subscription.to("notifications.follow-tasks", schema)
			.on(TaskCreated.class, this::on)
			.on(TaskUpdated.class, this::on)
			.on(TaskCompleted.class, this::on)
			.on(TaskReopened.class, this::on)
			.on(TaskDeleted.class, this::on)
			.build();
	}

	@DomainEventHandler
	Mono<Void> on(TaskCreated event) {
		return changed(event.task(), false);
	}

	@DomainEventHandler
	Mono<Void> on(TaskUpdated event) {
		return changed(event.task(), false);
	}

	@DomainEventHandler
	Mono<Void> on(TaskCompleted event) {
		return changed(event.task(), false);
	}

	@DomainEventHandler
	Mono<Void> on(TaskReopened event) {
		return changed(event.task(), false);
	}

	@DomainEventHandler
	Mono<Void> on(TaskDeleted event) {
		return changed(event.task(), true);
	}

	/**
	 * Maps the task before returning the work: a value this module cannot take makes the
	 * event unprocessable.
	 */
	private Mono<Void> changed(TaskData task, boolean deleted) {
		return reminders.taskChanged(snapshot(task, deleted), task.reminders().stream().map(this::wanted).toList());
	}

	private static TaskSnapshot snapshot(TaskData task, boolean deleted) {
		var zone = ZoneId.of(task.timeZone());
		var due = task.dueAt() != null ? task.dueAt()
				: task.dueDate() != null ? task.dueDate().atStartOfDay(zone).toInstant() : null;
		return new TaskSnapshot(task.id(), task.owner(), task.title(), "OPEN".equals(task.status()), due,
				task.dueDate() != null, zone, task.version(), deleted);
	}

	/**
	 * A reminder's rule is the fields of its form; when it fires is what the tasks module
	 * computed.
	 */
	private WantedReminder wanted(TaskData.Reminder reminder) {
		var rule = new LinkedHashMap<String, Object>();
		if (reminder.before() != null) {
			rule.put("before", reminder.before().toString());
		}
		if (reminder.daysBefore() != null) {
			rule.put("daysBefore", reminder.daysBefore());
		}
		if (reminder.atTime() != null) {
			rule.put("atTime", reminder.atTime());
		}
		if (reminder.at() != null) {
			rule.put("at", reminder.at().toString());
		}
		return new WantedReminder(RuleForm.of(rule), reminder.fireAt());
	}

}
