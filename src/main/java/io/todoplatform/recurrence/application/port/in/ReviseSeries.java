package io.todoplatform.recurrence.application.port.in;

import java.time.ZoneId;
import java.util.List;

import io.todoplatform.recurrence.application.port.in.ManageSeries.Revision;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.jspecify.annotations.Nullable;

/**
 * A revision of a series as an RFC 7396 merge patch says it: a field given a
 * {@link Change} takes its value, or its default when the value is null (removed); a
 * field left null keeps what the series has. It is data, applied to the current series
 * inside the use case, so that a revision that lost a race applies again to the newer
 * state.
 *
 * @param defaultZone what a removed time zone falls back to: the caller's
 */
public record ReviseSeries(@Nullable Change<String> title, @Nullable Change<String> description,
		@Nullable Change<TemplatePriority> priority, @Nullable Change<List<String>> tags,
		@Nullable Change<String> rrule, @Nullable Change<String> dtstart, @Nullable Change<String> timeZone,
		@Nullable Change<Anchor> anchor, @Nullable Change<List<String>> exdates, ZoneId defaultZone) {

	/** A field the revision sets; null removes it. */
	public record Change<T>(@Nullable T value) {
	}

	/**
	 * What the revision makes of the current series, checked as a whole from the fields
	 * as a user writes them, so that a kept field is read as if the user had sent it
	 * again.
	 * @throws io.todoplatform.recurrence.domain.InvalidSeriesException naming every field
	 * that breaks a rule
	 */
	public Revision applyTo(Series current) {
		var template = current.template();
		var schedule = current.schedule();
		return Revision.of(or(title, template.title()), or(description, template.description()),
				or(priority, template.priority()), or(tags, List.copyOf(template.tags())),
				or(rrule, schedule.rule().value()), or(dtstart, schedule.start().iso()),
				or(timeZone, schedule.zone().getId()), or(anchor, current.anchor()),
				or(exdates, schedule.exdates().stream().map(SeriesStart::iso).sorted().toList()), defaultZone);
	}

	private static <T> @Nullable T or(@Nullable Change<T> change, @Nullable T current) {
		return change == null ? current : change.value();
	}

}
