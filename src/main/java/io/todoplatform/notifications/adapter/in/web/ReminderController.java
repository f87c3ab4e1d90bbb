package io.todoplatform.notifications.adapter.in.web;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.identity.Caller;
import io.todoplatform.notifications.application.port.in.ManageReminders;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.problems.Ids;
import io.todoplatform.problems.InvalidParam;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A user's reminders: what is scheduled and what was sent, and snoozing one.
 */
@RestController
@RequestMapping("/api/v1/reminders")
class ReminderController {

	private final ManageReminders manage;

	ReminderController(ManageReminders manage) {
		this.manage = manage;
	}

	/** The body of a snooze: for how long, as an ISO-8601 duration. */
	record SnoozeRequest(@Schema(requiredMode = RequiredMode.REQUIRED, pattern = JsonSchemas.DURATION,
			description = "An ISO 8601 duration, 1 minute to 7 days",
			example = "PT10M") @JsonProperty("for") @Nullable Duration duration) {
	}

	/** By fire time; at most {@value ManageReminders#MOST_LISTED}. */
	@GetMapping
	Mono<List<ReminderResponse>> list(Caller caller, @RequestParam(required = false) @Nullable String taskId) {
		return Mono.defer(() -> {
			var task = taskId == null ? null : Ids.uuidOr(taskId, value -> new NotificationProblems.InvalidInput(
					List.of(new InvalidParam("taskId", "'" + value + "' is not a UUID"))));
			return manage.list(caller.subject(), task).map(ReminderResponse::of).collectList();
		});
	}

	@PostMapping(path = "/{id}/snooze", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ReminderResponse> snooze(Caller caller, @PathVariable String id, @RequestBody SnoozeRequest request) {
		return Mono.defer(() -> {
			var reminder = new ReminderId(
					Ids.uuidOr(id, value -> new ReminderNotFoundException("You have no reminder " + value)));
			if (request.duration() == null) {
				return Mono.error(new NotificationProblems.InvalidInput(
						List.of(new InvalidParam("for", "is required: an ISO-8601 duration such as PT10M"))));
			}
			return manage.snooze(caller.subject(), reminder, request.duration()).map(ReminderResponse::of);
		});
	}

}
