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

	/**
	 * NAME=VALUE parts separated by semicolons, one of them the frequency; names and values in any case, with or
	 * without {@code RRULE:}, white space around it trimmed.
	 */
	static final String RULE = "^" + SPACE + "(?:[Rr][Rr][Uu][Ll][Ee]:)?(?:[A-Za-z]+=[^;]*;)*" + FREQUENCY
			+ "(?:;[A-Za-z]+=[^;]*)*" + SPACE + "$";

	/** The normal form answers show: upper case, FREQ first. */
	static final String NORMAL_RULE = "^FREQ=[A-Z]+(?:;[A-Z]+=[-+,0-9A-Z]+)*$";

	private static final String DATE = "[+-]?[0-9]{4,10}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
	private static final String TIME = "T(?:[01][0-9]|2[0-3]):[0-5][0-9]";

	/** A local date-time ({@code 2026-11-23T08:00}, seconds and fractions optional) or a date. */
	static final String START = "^" + DATE + "(?:" + TIME + "(?::[0-5][0-9](?:\\.[0-9]{0,9})?)?)?$";

	/** As answers print a start: always with seconds, never with fractions. */
	static final String PRINTED_START = "^" + DATE + "(?:" + TIME + ":[0-5][0-9])?$";

	/** An occurrence: its start with the zone's offset, or a date for all-day series. */
	static final String OCCURRENCE = "^" + DATE + "(?:" + TIME + ":[0-5][0-9][+-][0-9]{2}:[0-5][0-9])?$";

	private RecurrenceTexts() {
	}
}
