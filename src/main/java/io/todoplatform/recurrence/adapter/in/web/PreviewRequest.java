package io.todoplatform.recurrence.adapter.in.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.apidocs.ApiDocument;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /recurrence/preview}: the occurrences a rule would produce, before saving
 * anything.
 *
 * @param after only occurrences strictly after this instant
 * @param limit how many, 1 to 1000 (default 20)
 */
@Schema(name = "PreviewRequest")
record PreviewRequest(
		@Schema(requiredMode = RequiredMode.REQUIRED, pattern = RecurrenceTexts.RULE,
				example = "FREQ=MONTHLY;BYDAY=-1FR", description = "An RFC 5545 RRULE value") @Nullable String rrule,
		@Schema(requiredMode = RequiredMode.REQUIRED, pattern = RecurrenceTexts.START, example = "2026-11-23T08:00:00",
				description = "A local date-time in timeZone, or a date for all-day occurrences") @Nullable String dtstart,
		@Schema(ref = ApiDocument.TIME_ZONE,
				description = "Default: the token's zoneinfo claim, else UTC") @Nullable String timeZone,
		@ArraySchema(arraySchema = @Schema(description = "Occurrences left out, of dtstart's kind"),
				schema = @Schema(pattern = RecurrenceTexts.EXCLUDED)) @Nullable List<String> exdates,
		@Schema(description = "Only occurrences strictly after this instant") @Nullable Instant after,
		@Schema(minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT) @Nullable Integer limit) {

	static final int DEFAULT_LIMIT = 20;
	static final int MAX_LIMIT = 1000;

}
