package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RulePart.*;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A valid RFC 5545 recurrence rule (an RRULE value such as
 * {@code FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10}).
 * <p>
 * lib-recur expands it, but its parser is lenient: its lax mode drops whatever it does
 * not understand, and even its strict mode takes {@code UNTIL=20201301}, RSCALE and a
 * trailing semicolon, and fails with a NullPointerException on some part names. So the
 * rule is checked here first, with messages meant for users.
 */
@ValueObject
public final class RecurrenceRule {

	/**
	 * The largest COUNT. A COUNT series cannot skip ahead: finding the occurrence after a
	 * moment counts every one since DTSTART (about 30 ns each). A larger COUNT would be
	 * cut short by the expansion limit instead of ending where it says, so it is refused.
	 */
	public static final int MAX_COUNT = 1_000_000;

	private final RuleParts parts;

	private final String value;

	private final Frequency frequency;

	private final @Nullable Until until;

	/**
	 * The parts lib-recur expands: without COUNT and UNTIL, which {@link Expansion}
	 * applies itself.
	 */
	private final RuleParts unboundedParts;

	/**
	 * The rule lib-recur expands. Its rule objects are mutable, but nothing changes this
	 * one after parsing: iterating only re-inserts the same internal marker part.
	 */
	private final org.dmfs.rfc5545.recur.RecurrenceRule unbounded;

	private final @Nullable WeekNumbers weeks;

	private RecurrenceRule(RuleParts parts) {
		this.parts = parts;
		this.value = parts.text();
		this.frequency = RuleCombinations.check(parts);
		this.until = parts.value(UNTIL).flatMap(UntilForm::read).orElse(null);
		this.unboundedParts = LibRecurParts.unbounded(parts);
		this.unbounded = libRecurRule(unboundedParts.text());
		this.weeks = parts.value(BYWEEKNO)
			.map(weekNumbers -> WeekNumbers.of(weekNumbers, LibRecurParts.weekStart(parts)))
			.orElse(null);
	}

	/**
	 * Reads a rule, with or without the {@code RRULE:} prefix; throws
	 * {@link InvalidRecurrenceException} if bad.
	 */
	public static RecurrenceRule parse(String text) {
		return new RecurrenceRule(RuleParts.read(text));
	}

	private static org.dmfs.rfc5545.recur.RecurrenceRule libRecurRule(String text) {
		try {
			return new org.dmfs.rfc5545.recur.RecurrenceRule(text,
					org.dmfs.rfc5545.recur.RecurrenceRule.RfcMode.RFC5545_STRICT);
		}
		catch (InvalidRecurrenceRuleException rejected) {
			throw InvalidRecurrenceException.inRule("The recurrence rule is not supported: " + rejected.getMessage());
		}
	}

	/**
	 * The rule in normal form: upper case, without prefix, FREQ first. Parsing it again
	 * gives an equal rule.
	 */
	public String value() {
		return value;
	}

	public Frequency frequency() {
		return frequency;
	}

	public int interval() {
		return parts.value(INTERVAL).map(Integer::parseInt).orElse(1);
	}

	public OptionalInt count() {
		return parts.value(COUNT).stream().mapToInt(Integer::parseInt).findFirst();
	}

	public Optional<Until> until() {
		return Optional.ofNullable(until);
	}

	/**
	 * The same rule without its COUNT, for a series that restarts and counts for itself.
	 */
	public RecurrenceRule withoutCount() {
		return parts.has(COUNT) ? new RecurrenceRule(parts.without(COUNT)) : this;
	}

	/**
	 * The part that makes the rule set times of day, which an all-day series cannot
	 * follow; empty if none.
	 */
	Optional<String> timeOfDayPart() {
		if (frequency.withinADay()) {
			return Optional.of("FREQ=" + frequency);
		}
		return Stream.of(BYHOUR, BYMINUTE, BYSECOND).filter(parts::has).map(RulePart::name).findFirst();
	}

	/**
	 * The rule's instances from a start on, unbounded, as lib-recur expands them; null if
	 * it finds no instance at all. A YEARLY rule with BYSETPOS is expanded from January 1
	 * and then moved on to the start, so that its positions are picked from whole years
	 * (see {@link LibRecurParts#picksFromYears}).
	 */
	@Nullable RuleInstances instancesFrom(SeriesStart start) {
		try {
			if (!LibRecurParts.picksFromYears(unboundedParts)) {
				return new RuleInstances(unbounded.iterator(FloatingTime.dateTime(start)), weeks);
			}
			var wholeYears = libRecurRule(LibRecurParts.startingAnywhere(unboundedParts, start).text());
			var instances = new RuleInstances(
					wholeYears.iterator(FloatingTime.dateTime(LibRecurParts.startOfYear(start))), weeks);
			instances.fastForward(FloatingTime.second(start) * 1000);
			return instances;
		}
		catch (IllegalArgumentException | IllegalStateException noInstanceFound) {
			return null;
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecurrenceRule rule && rule.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
