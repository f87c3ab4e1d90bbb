package io.todoplatform.recurrence.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;

/**
 * A recurring task as the API shows it.
 *
 * @param currentOccurrence the latest occurrence created (the open one while the series is active)
 * @param currentTaskId the task of that occurrence
 * @param upcoming the next occurrences after the current one (empty once the series has ended)
 */
record SeriesResponse(UUID id, String title, String description, TemplatePriority priority, SortedSet<String> tags,
		String rrule, String dtstart, String timeZone, Anchor anchor, List<String> exdates, boolean active,
		int instancesGenerated, String currentOccurrence, UUID currentTaskId, List<String> upcoming,
		Instant createdAt, Instant updatedAt, long version) {

	static final int UPCOMING = 5;

	static SeriesResponse of(Series series, int upcoming) {
		var template = series.template();
		var schedule = series.schedule();
		return new SeriesResponse(series.id().id(), template.title(), template.description(), template.priority(),
				template.tags(), schedule.rule().value(), schedule.start().iso(), schedule.zone().getId(),
				series.anchor(), schedule.exdates().stream().map(SeriesStart::iso).sorted().toList(),
				series.active(), series.generated(), series.current().iso(), series.currentTaskId(),
				series.upcoming(upcoming).stream().map(Occurrence::iso).toList(), series.createdAt(),
				series.updatedAt(), series.version());
	}
}
