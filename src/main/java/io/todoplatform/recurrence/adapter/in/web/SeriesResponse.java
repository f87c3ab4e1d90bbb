package io.todoplatform.recurrence.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;

/**
 * A recurring task as the API shows it.
 *
 * @param currentOccurrence the latest occurrence created (the open one while the series
 * is active)
 * @param currentTaskId the task of that occurrence
 * @param upcoming the next occurrences after the current one (empty once the series has
 * ended)
 */
@Schema(name = "RecurringTask")
@JsonInclude(JsonInclude.Include.ALWAYS)
record SeriesResponse(UUID id,
		@Schema(minLength = 1, maxLength = SeriesTemplate.MAX_TITLE, example = "Water the plants") String title,
		@Schema(maxLength = SeriesTemplate.MAX_DESCRIPTION) String description, TemplatePriority priority,
		@ArraySchema(schema = @Schema(pattern = "^" + SeriesTemplate.TAG_FORM + "$")) SortedSet<String> tags,
		@Schema(pattern = RecurrenceTexts.NORMAL_RULE, example = "FREQ=WEEKLY;BYDAY=MO,TH") String rrule,
		@Schema(pattern = RecurrenceTexts.PRINTED_START, example = "2026-11-23T08:00:00") String dtstart,
		@Schema(ref = ApiDocument.TIME_ZONE) String timeZone, Anchor anchor,
		@ArraySchema(schema = @Schema(pattern = RecurrenceTexts.PRINTED_START)) List<String> exdates, boolean active,
		@Schema(minimum = "1") int instancesGenerated,
		@Schema(pattern = RecurrenceTexts.OCCURRENCE, example = "2026-11-23T08:00:00+01:00") String currentOccurrence,
		UUID currentTaskId,
		@ArraySchema(arraySchema = @Schema(description = "The next occurrences after the current one"),
				schema = @Schema(pattern = RecurrenceTexts.OCCURRENCE)) List<String> upcoming,
		Instant createdAt, Instant updatedAt, @Schema(minimum = "0") long version) {

	static final int UPCOMING = 5;

	static SeriesResponse of(Series series, int upcoming) {
		var template = series.template();
		var schedule = series.schedule();
		return new SeriesResponse(series.id().id(), template.title(), template.description(), template.priority(),
				template.tags(), schedule.rule().value(), schedule.start().iso(), schedule.zone().getId(),
				series.anchor(), schedule.exdates().stream().map(SeriesStart::iso).sorted().toList(), series.active(),
				series.generated(), series.current().iso(), series.currentTaskId(),
				series.upcoming(upcoming).stream().map(Occurrence::iso).toList(), series.createdAt(),
				series.updatedAt(), series.version());
	}
}
