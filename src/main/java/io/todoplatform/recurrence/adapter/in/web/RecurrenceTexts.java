package io.todoplatform.recurrence.adapter.in.web;

import io.todoplatform.apidocs.JsonSchemas;

/**
 * The text forms of the recurrence API as regular expressions for its schemas: what {@link ScheduleInput} reads
 * (a superset: the engine refuses some that match, and says why) and what the answers print.
 */
final class RecurrenceTexts {

	private static final String SPACE = "[" + JsonSchemas.TRIMMED + "]*";
	private static final String FREQUENCY = "[Ff][Rr][Ee][Qq]=(?:[Ss][Ee][Cc][Oo][Nn][Dd][Ll][Yy]|[Mm][Ii][Nn][Uu][Tt][Ee]"
			+ "[Ll][Yy]|[Hh][Oo][Uu][Rr][Ll][Yy]|[Dd][Aa][Ii][Ll][Yy]|[Ww][Ee][Ee][Kk][Ll][Yy]|[Mm][Oo][Nn][Tt][Hh][Ll][Yy]|"
			+ "[Yy][Ee][Aa][Rr][Ll][Yy])";
	/** RulePart's names but FREQ, in any case. */
	private static final String PART = "(?:[Uu][Nn][Tt][Ii][Ll]|[Cc][Oo][Uu][Nn][Tt]|[Ii][Nn][Tt][Ee][Rr][Vv][Aa][Ll]|"
			+ "[Bb][Yy][Ss][Ee][Cc][Oo][Nn][Dd]|[Bb][Yy][Mm][Ii][Nn][Uu][Tt][Ee]|[Bb][Yy][Hh][Oo][Uu][Rr]|[Bb][Yy][Dd][Aa][Yy]|"
			+ "[Bb][Yy][Mm][Oo][Nn][Tt][Hh][Dd][Aa][Yy]|[Bb][Yy][Yy][Ee][Aa][Rr][Dd][Aa][Yy]|[Bb][Yy][Ww][Ee][Ee][Kk][Nn][Oo]|"
			+ "[Bb][Yy][Mm][Oo][Nn][Tt][Hh]|[Bb][Yy][Ss][Ee][Tt][Pp][Oo][Ss]|[Ww][Kk][Ss][Tt])=[^;]*";

	/**
	 * The parts of a rule, separated by semicolons, one of them the frequency; names and values in any case, with or
	 * without {@code RRULE:}, white space around it trimmed. The engine checks the values and says what is wrong.
	 */
	static final String RULE = "^" + SPACE + "(?:[Rr][Rr][Uu][Ll][Ee]:)?(?:" + PART + ";)*" + FREQUENCY + "(?:;" + PART
			+ ")*" + SPACE + "$";

	/** A part that sets times of day, which an all-day series cannot follow. */
	static final String TIME_OF_DAY_PART = "(?:^" + SPACE + "|[;:])(?:[Ff][Rr][Ee][Qq]=(?:[Ss][Ee][Cc][Oo][Nn][Dd][Ll][Yy]|"
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

	/** A local date-time ({@code 2026-11-23T08:00}, seconds and fractions optional) or a date, in the years 1 to 9999. */
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
