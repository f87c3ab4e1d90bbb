package io.todoplatform.notifications.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A reminder as every {@code alert.*} event carries it, after the change the event
 * reports. The JSON Schema is {@code docs/events/alert-data.schema.json}; change both
 * together.
 *
 * @param fireAt when it fires: the rule's time, or later when snoozed
 * @param status {@code SCHEDULED}, {@code SENT}, {@code CANCELLED} or {@code FAILED}
 * @param attempts how often delivery of the current fire time was started
 */
public record ReminderData(UUID reminderId, String owner, UUID taskId, Rule rule, Instant fireAt, String status,
		int attempts) {

	/**
	 * The rule the reminder came from, as set on the task: the fields of its one form.
	 *
	 * @param atTime {@code HH:mm}, or {@code HH:mm:ss} when it has seconds
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Rule(@Nullable Duration before, @Nullable Integer daysBefore, @Nullable String atTime,
			@Nullable Instant at) {
	}
}
