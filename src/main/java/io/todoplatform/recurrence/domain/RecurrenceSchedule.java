package io.todoplatform.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A recurring series: a rule, its start (DTSTART) and exception dates (EXDATE), in the
 * time zone whose wall clock the rule follows, so that a daily 09:00 stays at 09:00
 * across daylight saving changes.
 */
@ValueObject
public final class RecurrenceSchedule {

	private final RecurrenceRule rule;

	private final SeriesStart start;

	private final ZoneId zone;

	private final Set<SeriesStart> exdates;

	/**
	 * EXDATE matches by moment, so that 02:30 on a day without 02:30 excludes the
	 * occurrence moved to 03:30.
	 */
	private final Set<Instant> excluded;

	private RecurrenceSchedule(RecurrenceRule rule, SeriesStart start, ZoneId zone, Set<SeriesStart> exdates) {
		this.rule = rule;
		this.start = start;
		this.zone = zone;
		this.exdates = Set.copyOf(exdates);
		this.excluded = exdates.stream().map(date -> date.in(zone).toInstant()).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Throws {@link InvalidRecurrenceException} if the exception dates or UNTIL are not
	 * of the start's kind.
	 */
	public static RecurrenceSchedule of(RecurrenceRule rule, SeriesStart start, ZoneId zone, Set<SeriesStart> exdates) {
		SeriesConsistency.check(rule, start, zone, exdates);
		return new RecurrenceSchedule(rule, start, zone, exdates);
	}

	public static RecurrenceSchedule of(RecurrenceRule rule, SeriesStart start, ZoneId zone) {
		return of(rule, start, zone, Set.of());
	}

	/** The first {@code limit} occurrences, DTSTART first. */
	public List<Occurrence> first(int limit) {
		return take(Expansion.of(this), limit, Instant.MIN);
	}

	/** The first {@code limit} occurrences that start strictly after the moment. */
	public List<Occurrence> after(Instant moment, int limit) {
		return take(Expansion.near(this, moment), limit, moment);
	}

	/**
	 * The occurrence after the given one; empty once COUNT is used up or UNTIL has
	 * passed.
	 */
	public Optional<Occurrence> next(Occurrence current) {
		return after(current.instant(), 1).stream().findFirst();
	}

	/**
	 * The same series started again on another day at DTSTART's time of day, as for a
	 * task that recurs from when it was completed. The new start is its first occurrence;
	 * a COUNT counts again from it (see {@link #withoutCount()}).
	 */
	public RecurrenceSchedule restartedOn(LocalDate day) {
		return of(rule, start.movedTo(day), zone, exdates);
	}

	public RecurrenceSchedule withoutCount() {
		return of(rule.withoutCount(), start, zone, exdates);
	}

	private static List<Occurrence> take(Expansion occurrences, int limit, Instant after) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must not be negative: " + limit);
		}
		var taken = new ArrayList<Occurrence>(Math.min(limit, 100));
		while (taken.size() < limit && occurrences.hasNext()) {
			var occurrence = occurrences.next();
			if (occurrence.instant().isAfter(after)) {
				taken.add(occurrence);
			}
		}
		return List.copyOf(taken);
	}

	boolean excludes(Instant occurrence) {
		return excluded.contains(occurrence);
	}

	public RecurrenceRule rule() {
		return rule;
	}

	public SeriesStart start() {
		return start;
	}

	public ZoneId zone() {
		return zone;
	}

	public Set<SeriesStart> exdates() {
		return exdates;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecurrenceSchedule schedule && rule.equals(schedule.rule)
				&& start.equals(schedule.start) && zone.equals(schedule.zone) && exdates.equals(schedule.exdates);
	}

	@Override
	public int hashCode() {
		return Objects.hash(rule, start, zone, exdates);
	}

	@Override
	public String toString() {
		var exceptions = exdates.isEmpty() ? "" : ", EXDATE " + exdates;
		return "DTSTART " + start + " in " + zone + ", RRULE " + rule + exceptions;
	}

}
