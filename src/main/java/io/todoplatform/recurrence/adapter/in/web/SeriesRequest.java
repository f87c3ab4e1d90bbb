package io.todoplatform.recurrence.adapter.in.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.todoplatform.recurrence.application.port.in.ManageSeries.Revision;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user sets on a recurring task: the body of {@code POST /recurring-tasks} and the document a merge patch
 * applies to.
 */
record SeriesRequest(@Nullable String title, @Nullable String description, @Nullable TemplatePriority priority,
		@Nullable List<String> tags, @Nullable String rrule, @Nullable String dtstart, @Nullable String timeZone,
		@Nullable Anchor anchor, @Nullable List<String> exdates) {

	static SeriesRequest of(Series series) {
		var template = series.template();
		var schedule = series.schedule();
		return new SeriesRequest(template.title(), template.description(), template.priority(),
				List.copyOf(template.tags()), schedule.rule().value(), schedule.start().iso(),
				schedule.zone().getId(), series.anchor(),
				schedule.exdates().stream().map(SeriesStart::iso).sorted().toList());
	}

	/** Template and schedule are checked together, so one answer names every wrong field. */
	Revision revision(ZoneId defaultZone) {
		var problems = new ArrayList<InvalidRecurrenceException>();
		SeriesTemplate template = null;
		RecurrenceSchedule schedule = null;
		try {
			template = SeriesTemplate.of(title, description, priority, tags);
		}
		catch (InvalidSeriesException e) {
			problems.addAll(e.problems());
		}
		try {
			schedule = ScheduleInput.schedule(rrule, dtstart, timeZone, exdates, defaultZone);
		}
		catch (InvalidSeriesException e) {
			problems.addAll(e.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidSeriesException(problems);
		}
		return new Revision(template, schedule, anchor == null ? Anchor.SCHEDULE : anchor);
	}
}
