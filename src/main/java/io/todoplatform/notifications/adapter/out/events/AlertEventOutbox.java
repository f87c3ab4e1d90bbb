package io.todoplatform.notifications.adapter.out.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.events.ModuleOutbox;
import io.todoplatform.events.Outbox;
import io.todoplatform.notifications.application.port.out.AlertEvents;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes {@code alert.scheduled}, {@code alert.cancelled} and {@code alert.sent} (topic {@code alerts}) and
 * {@code alert.failed} (topic {@code alerts-dlq}) to the notifications outbox; subject the reminder id, partition key
 * the owner. Schema: {@code docs/events/alert-data.schema.json}.
 */
@Component
class AlertEventOutbox implements AlertEvents {

	static final String SOURCE = "/todo-platform/notifications";
	static final String SCHEDULED = "alert.scheduled";
	static final String CANCELLED = "alert.cancelled";
	static final String SENT = "alert.sent";
	static final String FAILED = "alert.failed";

	private final ModuleOutbox outbox;

	AlertEventOutbox(Outbox outbox, @Qualifier("notificationsSchema") ModuleSchema schema) {
		this.outbox = outbox.of(schema, SOURCE);
	}

	@Override
	public Mono<Void> scheduled(Reminder reminder) {
		return append(SCHEDULED, reminder, data(reminder));
	}

	@Override
	public Mono<Void> cancelled(Reminder reminder) {
		return append(CANCELLED, reminder, data(reminder));
	}

	@Override
	public Mono<Void> sent(Reminder reminder, List<String> channels) {
		var data = data(reminder);
		data.put("sentAt", reminder.sentAt());
		data.put("channels", channels);
		return append(SENT, reminder, data);
	}

	@Override
	public Mono<Void> failed(Reminder reminder) {
		var data = data(reminder);
		data.put("error", reminder.lastError());
		return append(FAILED, reminder, data);
	}

	private Mono<Void> append(String type, Reminder reminder, Map<String, Object> data) {
		return outbox.append(type, reminder.id().toString(), reminder.owner(), data);
	}

	private static Map<String, Object> data(Reminder reminder) {
		var data = new LinkedHashMap<String, Object>();
		data.put("reminderId", reminder.id().id());
		data.put("owner", reminder.owner());
		data.put("taskId", reminder.taskId());
		data.put("rule", reminder.rule().fields());
		data.put("fireAt", reminder.fireAt());
		data.put("status", reminder.status().name());
		data.put("attempts", reminder.attempts());
		return data;
	}
}
