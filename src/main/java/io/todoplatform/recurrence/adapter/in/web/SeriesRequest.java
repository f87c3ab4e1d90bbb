package io.todoplatform.recurrence.adapter.in.web;

import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.TrimmedLength;
import io.todoplatform.recurrence.application.port.in.ManageSeries.Revision;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user sets on a recurring task: the body of {@code POST /recurring-tasks}
 * and the document a merge patch changes.
 */
@Schema(name = "RecurringTaskRequest")
record SeriesRequest(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The title of every occurrence: 1 to 200 " + "characters once trimmed",
				example = "Water the plants") @TrimmedLength(max = SeriesTemplate.MAX_TITLE) @Nullable String title,
		@Schema(maxLength = SeriesTemplate.MAX_DESCRIPTION,
				description = "Default: empty") @Nullable String description,
		@Schema(description = "Default: MEDIUM") @Nullable TemplatePriority priority,
		@ArraySchema(arraySchema = @Schema(description = "Up to 20 distinct tags; default none"),
				schema = @Schema(pattern = "^" + SeriesTemplate.TAG_FORM + "$",
						example = "home")) @Nullable List<String> tags,
		@Schema(requiredMode = RequiredMode.REQUIRED, pattern = RecurrenceTexts.RULE,
				example = "FREQ=WEEKLY;BYDAY=MO,TH",
				description = "An RFC 5545 RRULE value; the engine names what it cannot follow") @Nullable String rrule,
		@Schema(requiredMode = RequiredMode.REQUIRED, pattern = RecurrenceTexts.START, example = "2026-11-23T08:00:00",
				description = "The first occurrence: a local date-time in timeZone, or a date for an all-day series") @Nullable String dtstart,
		@Schema(ref = ApiDocument.TIME_ZONE,
				description = "Default: the token's zoneinfo claim, else UTC") @Nullable String timeZone,
		@Schema(description = "SCHEDULE: the rule's dates; COMPLETION: the rule restarts on the day an occurrence "
				+ "is done. Default: SCHEDULE") @Nullable Anchor anchor,
		@ArraySchema(arraySchema = @Schema(description = "Occurrences left out, of dtstart's kind; default none"),
				schema = @Schema(pattern = RecurrenceTexts.EXCLUDED,
						example = "2026-11-30T08:00:00")) @Nullable List<String> exdates) {

	/**
	 * @throws InvalidSeriesException naming every field that breaks a rule
	 */
	Revision revision(ZoneId defaultZone) {
		return Revision.of(title, description, priority, tags, rrule, dtstart, timeZone, anchor, exdates, defaultZone);
	}

}
