package io.todoplatform.tasks.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.TrimmedLength;
import io.todoplatform.tasks.domain.Description;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.Tag;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.domain.Title;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user sets on a task, as JSON. It is both the body of {@code POST /tasks}
 * and the document a merge patch applies to; a missing or null field takes its default
 * (no description, MEDIUM, no tags, not due, the user's zone, no reminders). A patch's
 * {@code reminders} replaces the whole list, as RFC 7396 does with arrays.
 */
record TaskRequest(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "1 to 200 characters once trimmed, and stored " + "trimmed",
				example = "Water the plants") @TrimmedLength(max = Title.MAX_LENGTH) @Nullable String title,
		@Schema(maxLength = Description.MAX_LENGTH, description = "Default: empty",
				example = "The ferns twice a week") @Nullable String description,
		@Schema(description = "Default: MEDIUM") @Nullable Priority priority,
		@ArraySchema(arraySchema = @Schema(description = "Up to 20 distinct tags; default none"),
				schema = @Schema(pattern = "^" + Tag.SLUG_FORM + "$", example = "home")) @Nullable List<String> tags,
		@Schema(description = "Due at this instant; not together with dueDate",
				example = "2026-12-01T08:00:00Z") @Nullable Instant dueAt,
		@Schema(description = "Due on this day in timeZone (all day); not together with dueAt",
				example = "2026-12-01") @Nullable LocalDate dueDate,
		@Schema(ref = ApiDocument.TIME_ZONE,
				description = "Default: the token's zoneinfo claim, else UTC") @Nullable String timeZone,
		@ArraySchema(arraySchema = @Schema(description = REMINDERS), maxItems = TaskDetails.MAX_REMINDERS,
				uniqueItems = true) @Nullable List<@Nullable ReminderFields> reminders) {

	/** What the item schemas ({@link ReminderForms}) cannot say. */
	static final String REMINDERS = "Up to 10 distinct reminders, in your order, each in exactly one form: "
			+ "{\"before\": \"PT15M\"} (an ISO 8601 duration before the due time, 0 to 366 days), "
			+ "{\"daysBefore\": 1, \"atTime\": \"18:00\"} (a local time in timeZone on a day before the due day, "
			+ "0 to 366 days) or {\"at\": \"2026-12-01T09:00:00+01:00\"} (an instant). before and daysBefore need "
			+ "dueAt or dueDate. Default: none; a merge patch replaces the whole list.";

	TaskDetails details(ZoneId defaultZone) {
		return TaskDetails.of(title, description, priority, tags, dueAt, dueDate, timeZone, reminders, defaultZone);
	}
}
