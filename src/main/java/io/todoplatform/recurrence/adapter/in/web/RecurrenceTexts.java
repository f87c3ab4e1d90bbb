package io.todoplatform.recurrence.adapter.in.web;

import io.todoplatform.apidocs.JsonSchemas;

/**
 * The text forms of the recurrence API as regular expressions for its schemas: what
 * {@link io.todoplatform.recurrence.domain.ScheduleFields} reads (a superset: the engine
 * refuses some that match, and says why) and what the answers print.
 */
final class RecurrenceTexts {

	private static final String SPACE = "[" + JsonSchemas.TRIMMED + "]*";

	private static final String FREQUENCY = "[Ff][Rr][Ee][Qq]=(?:[Ss][Ee][Cc][Oo][Nn][Dd][Ll][Yy]|[Mm][Ii][Nn][Uu][Tt][Ee]"
			+ "[Ll][Yy]|[Hh][Oo][Uu][Rr][Ll][Yy]|[Dd][Aa][Ii][Ll][Yy]|[Ww][Ee][Ee][Kk][Ll][Yy]|[Mm][Oo][Nn][Tt][Hh][Ll][Yy]|"
			+ "[Yy][Ee][Aa][Rr][Ll][Yy])";

	// The values of RulePart's forms, in any case; numbers may have leading zeros
	// (superset: at most 10 digits).
	private static final String POSITIVE = "0*[1-9][0-9]*";

	private static final String SECOND = "0*(?:[0-9]|[1-5][0-9]|60)";

	private static final String MINUTE = "0*(?:[0-9]|[1-5][0-9])";

	private static final String HOUR = "0*(?:[0-9]|1[0-9]|2[0-3])";

	private static final String MONTH = "0*(?:[1-9]|1[0-2])";

	private static final String MONTH_DAY_NUMBER = "[+-]?0*(?:[1-9]|[12][0-9]|3[01])";

	private static final String WEEK = "[+-]?0*(?:[1-9]|[1-4][0-9]|5[0-3])";

	private static final String YEAR_DAY = "[+-]?0*(?:[1-9]|[1-9][0-9]|[12][0-9]{2}|3[0-5][0-9]|36[0-6])";

	private static final String WEEKDAY = "(?:[Ss][Uu]|[Mm][Oo]|[Tt][Uu]|[Ww][Ee]|[Tt][Hh]|[Ff][Rr]|[Ss][Aa])";

	private static final String NUMBERED_WEEKDAY = "(?:[+-]?(?:0?[1-9]|[1-4][0-9]|5[0-3]))?" + WEEKDAY;

	private static final String UNTIL = "[0-9]{8}(?:[Tt][0-9]{6}[Zz]?)?";

	/**
	 * Every part but FREQ with a value of its form (which parts go together, the engine
	 * checks).
	 */
	private static final String PART = "(?:" + "[Uu][Nn][Tt][Ii][Ll]=" + UNTIL + "|[Cc][Oo][Uu][Nn][Tt]=" + POSITIVE
			+ "|[Ii][Nn][Tt][Ee][Rr][Vv][Aa][Ll]=" + POSITIVE + "|[Bb][Yy][Ss][Ee][Cc][Oo][Nn][Dd]=" + SECOND + "(?:,"
			+ SECOND + ")*" + "|[Bb][Yy][Mm][Ii][Nn][Uu][Tt][Ee]=" + MINUTE + "(?:," + MINUTE + ")*"
			+ "|[Bb][Yy][Hh][Oo][Uu][Rr]=" + HOUR + "(?:," + HOUR + ")*" + "|[Bb][Yy][Dd][Aa][Yy]=" + NUMBERED_WEEKDAY
			+ "(?:," + NUMBERED_WEEKDAY + ")*" + "|[Bb][Yy][Mm][Oo][Nn][Tt][Hh][Dd][Aa][Yy]=" + MONTH_DAY_NUMBER
			+ "(?:," + MONTH_DAY_NUMBER + ")*" + "|[Bb][Yy][Yy][Ee][Aa][Rr][Dd][Aa][Yy]=" + YEAR_DAY + "(?:," + YEAR_DAY
			+ ")*" + "|[Bb][Yy][Ww][Ee][Ee][Kk][Nn][Oo]=" + WEEK + "(?:," + WEEK + ")*"
			+ "|[Bb][Yy][Mm][Oo][Nn][Tt][Hh]=" + MONTH + "(?:," + MONTH + ")*" + "|[Bb][Yy][Ss][Ee][Tt][Pp][Oo][Ss]="
			+ YEAR_DAY + "(?:," + YEAR_DAY + ")*" + "|[Ww][Kk][Ss][Tt]=" + WEEKDAY + ")";

	/**
	 * The parts of a rule, separated by semicolons, one of them the frequency; names and
	 * values in any case, with or without {@code RRULE:}, white space around it trimmed,
	 * each value of its part's form. Which parts go together, and that an UNTIL is on the
	 * calendar, the engine checks, and says what is wrong.
	 */
	static final String RULE = "^" + SPACE + "(?:[Rr][Rr][Uu][Ll][Ee]:)?(?:" + PART + ";)*" + FREQUENCY + "(?:;" + PART
			+ ")*" + SPACE + "$";

	/** A part that sets times of day, which an all-day series cannot follow. */
	static final String TIME_OF_DAY_PART = "(?:^" + SPACE
			+ "|[;:])(?:[Ff][Rr][Ee][Qq]=(?:[Ss][Ee][Cc][Oo][Nn][Dd][Ll][Yy]|"
			+ "[Mm][Ii][Nn][Uu][Tt][Ee][Ll][Yy]|[Hh][Oo][Uu][Rr][Ll][Yy])|[Bb][Yy](?:[Hh][Oo][Uu][Rr]|[Mm][Ii][Nn][Uu][Tt][Ee]|"
			+ "[Ss][Ee][Cc][Oo][Nn][Dd])=)";

	/** A start without a time of day: an all-day series. */
	static final String ALL_DAY = "^[^T]*$";

	/** The normal form answers show: upper case, FREQ first. */
	static final String NORMAL_RULE = "^FREQ=[A-Z]+(?:;[A-Z]+=[-+,0-9A-Z]+)*$";

	/** A year as java.time reads and writes it: four digits, or more with a sign. */
	private static final String YEAR = "(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})";

	/** The years a series may start in: 1 to 9999. */
	private static final String START_YEAR = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";

	/** Days that exist in their month (29 February in every year). */
	private static final String MONTH_DAY = "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|"
			+ "[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))";

	private static final String TIME = "T(?:[01][0-9]|2[0-3]):[0-5][0-9]";

	private static final String TIME_AS_SENT = "(?:" + TIME + "(?::[0-5][0-9](?:\\.[0-9]{0,9})?)?)?$";

	/**
	 * A local date-time ({@code 2026-11-23T08:00}, seconds and fractions optional) or a
	 * date, in the years 1 to 9999.
	 */
	static final String START = "^" + START_YEAR + MONTH_DAY + TIME_AS_SENT;

	/** An excluded occurrence: a local date-time or a date. */
	static final String EXCLUDED = "^" + YEAR + MONTH_DAY + TIME_AS_SENT;

	/** As answers print a start: always with seconds, never with fractions. */
	static final String PRINTED_START = "^" + YEAR + MONTH_DAY + "(?:" + TIME + ":[0-5][0-9])?$";

	/** An occurrence: its start with the zone's offset, or a date for all-day series. */
	static final String OCCURRENCE = "^" + YEAR + MONTH_DAY + "(?:" + TIME + ":[0-5][0-9][+-][0-9]{2}:[0-5][0-9])?$";

	private RecurrenceTexts() {
	}

}
