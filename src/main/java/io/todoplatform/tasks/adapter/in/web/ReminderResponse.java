package io.todoplatform.tasks.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.TaskDetails;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A reminder as the API shows it: the fields of its form, as they are sent, and when it
 * fires.
 *
 * @param atTime as {@code HH:mm}, or {@code HH:mm:ss} when it has seconds
 * @param fireAt computed from the task's due time and zone: it moves when they change
 */
@Schema(name = ReminderForms.RESPONSE)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReminderResponse(@Nullable Duration before, @Nullable Integer daysBefore,
		@JsonSerialize(using = ToStringSerializer.class) @Nullable LocalTime atTime, @Nullable Instant at,
		Instant fireAt) {

	static ReminderResponse of(ReminderRule rule, TaskDetails task) {
		var fields = ReminderFields.of(rule);
		return new ReminderResponse(fields.before(), fields.daysBefore(), fields.atTime(), fields.at(),
				task.fireAt(rule));
	}
}
