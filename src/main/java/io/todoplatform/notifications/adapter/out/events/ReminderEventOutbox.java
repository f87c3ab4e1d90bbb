package io.todoplatform.notifications.adapter.out.events;

import java.util.List;

import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.notifications.application.port.out.ReminderEvents;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.RuleForm;
import io.todoplatform.notifications.events.ReminderCancelled;
import io.todoplatform.notifications.events.ReminderData;
import io.todoplatform.notifications.events.ReminderFailed;
import io.todoplatform.notifications.events.ReminderScheduled;
import io.todoplatform.notifications.events.ReminderSent;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes the records of {@code notifications.events} to the notifications outbox:
 * {@code alert.scheduled}, {@code alert.cancelled} and {@code alert.sent} (topic
 * {@code alerts}) and {@code alert.failed} (topic {@code alerts-dlq}); subject the
 * reminder id, partition key the owner. Schema:
 * {@code docs/events/alert-data.schema.json}.
 */
@Component
class ReminderEventOutbox implements ReminderEvents {

	static final String SOURCE = "/todo-platform/notifications";

	private final ModuleOutbox outbox;

	ReminderEventOutbox(Outbox outbox, @Qualifier("notificationsSchema") ModuleSchema schema) {
		this.outbox = outbox.of(schema, SOURCE);
	}

	@Override
	public Mono<Void> scheduled(Reminder reminder) {
		return append(reminder, new ReminderScheduled(data(reminder)));
	}

	@Override
	public Mono<Void> cancelled(Reminder reminder) {
		return append(reminder, new ReminderCancelled(data(reminder)));
	}

	@Override
	public Mono<Void> sent(Reminder reminder, List<String> channels) {
		return append(reminder, new ReminderSent(data(reminder), reminder.sentAt(), channels));
	}

	@Override
	public Mono<Void> failed(Reminder reminder) {
		return append(reminder, new ReminderFailed(data(reminder), reminder.lastError()));
	}

	private Mono<Void> append(Reminder reminder, Record event) {
		return outbox.append(reminder.id().toString(), reminder.owner(), event);
	}

	static ReminderData data(Reminder reminder) {
		return new ReminderData(reminder.id().id(), reminder.owner(), reminder.taskId(), rule(reminder.rule()),
				reminder.fireAt(), reminder.status().name(), reminder.attempts());
	}

	private static ReminderData.Rule rule(RuleForm rule) {
		return switch (rule) {
			case RuleForm.Before before -> new ReminderData.Rule(before.lead(), null, null, null);
			case RuleForm.DaysBeforeAt daysBefore ->
				new ReminderData.Rule(null, daysBefore.days(), daysBefore.time().toString(), null);
			case RuleForm.At at -> new ReminderData.Rule(null, null, null, at.instant());
		};
	}

}
