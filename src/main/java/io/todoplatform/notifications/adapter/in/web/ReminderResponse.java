package io.todoplatform.notifications.adapter.in.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderStatus;
import org.jspecify.annotations.Nullable;

/**
 * A reminder as the API shows it.
 *
 * @param rule the rule it came from, in the form it was given on the task
 * @param fireAt when it fires (or fired): later than the rule says when snoozed
 * @param attempts how often its delivery was started for the current fire time
 * @param lastError why it failed, for a {@code FAILED} reminder
 */
@Schema(name = "Reminder")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReminderResponse(UUID id, UUID taskId, @Schema(ref = NotificationApiDocumentation.RULE) Map<String, Object> rule,
		Instant fireAt, ReminderStatus status, @Schema(minimum = "0") int attempts, @Nullable Instant sentAt,
		@Nullable String lastError) {

	static ReminderResponse of(Reminder reminder) {
		return new ReminderResponse(reminder.id().id(), reminder.taskId(), reminder.rule().fields(), reminder.fireAt(),
				reminder.status(), reminder.attempts(), reminder.sentAt(), reminder.lastError());
	}
}
