package io.todoplatform.recurrence.application.port.in;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.InvalidRecurrenceException;
import io.todoplatform.recurrence.domain.InvalidSeriesException;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.ScheduleFields;
import io.todoplatform.recurrence.domain.Series;
import io.todoplatform.recurrence.domain.SeriesId;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.recurrence.domain.SeriesTemplate.TemplatePriority;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A user's recurring tasks. Every method acts only on the owner's series: another user's
 * series is not found.
 */
public interface ManageSeries {

	/**
	 * Starts a series; its first occurrence is asked of the tasks module in the same
	 * transaction.
	 */
	Mono<Series> start(Owner owner, SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor);

	Mono<Series> get(Owner owner, SeriesId id);

	Flux<Series> list(Owner owner);

	/**
	 * Revises a series from its current state; occurrences generated from now on follow
	 * the revision.
	 * @throws InvalidSeriesException (as the Mono's error) if the revised series breaks a
	 * rule
	 */
	Mono<Series> revise(Owner owner, SeriesId id, ReviseSeries revision);

	/** Skips the open occurrence: it is marked skipped and the next one is created. */
	Mono<Series> skip(Owner owner, SeriesId id);

	/**
	 * Stops the series; with {@code deleteOpenInstance} its open occurrence is deleted
	 * too.
	 */
	Mono<Void> stop(Owner owner, SeriesId id, boolean deleteOpenInstance);

	/** What a series is made of, as it starts or is revised. */
	record Revision(SeriesTemplate template, RecurrenceSchedule schedule, Anchor anchor) {

		/**
		 * The revision a user's fields ask for. Template and schedule are checked
		 * together, so that one answer names every wrong field.
		 * @param defaultZone what a missing time zone falls back to: the caller's
		 * @throws InvalidSeriesException naming every field that breaks a rule
		 */
		public static Revision of(@Nullable String title, @Nullable String description,
				@Nullable TemplatePriority priority, @Nullable List<String> tags, @Nullable String rrule,
				@Nullable String dtstart, @Nullable String timeZone, @Nullable Anchor anchor,
				@Nullable List<String> exdates, ZoneId defaultZone) {
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
				schedule = ScheduleFields.schedule(rrule, dtstart, timeZone, exdates, defaultZone);
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

}
