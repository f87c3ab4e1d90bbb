package io.todoplatform.assistant.application;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Recurring tasks as the tools show them: the API's series with its occurrences also in
 * the series' own zone, the zone named ({@code currentLocal}, {@code upcomingLocal}), a
 * one-line summary for the text, and the schema of both.
 */
final class SeriesViews {

	static final List<String> ANCHORS = List.of("SCHEDULE", "COMPLETION");

	private static final Map<String, Object> OCCURRENCES = Schema
		.array("Occurrences in timeZone, with offset and zone (2026-12-31T09:00+01:00[Europe/Paris]), or dates "
				+ "for an all-day series", Schema.string("An occurrence"), 1000);

	/** A recurring task, open: the API's fields, of which these are always there. */
	static final Map<String, Object> SERIES = Schema.object()
		.required("id", Schema.id("The recurring task's id: the seriesId other tools take"))
		.required("title", Schema.string("The title of every occurrence"))
		.required("rrule", Schema.string("The RFC 5545 rule"))
		.required("dtstart", Schema.string("The first occurrence, local to timeZone"))
		.required("timeZone", Schema.string("The IANA zone the rule runs in"))
		.required("anchor", Schema.oneOf("SCHEDULE or COMPLETION", ANCHORS))
		.required("active", Schema.bool("False once stopped or ended"))
		.required("currentTaskId", Schema.id("The task of the current (open) occurrence"))
		.required("currentLocal", Schema.string("The current occurrence in timeZone"))
		.required("upcomingLocal", OCCURRENCES)
		.open();

	private SeriesViews() {
	}

	/** The API's series, with {@code currentLocal} and {@code upcomingLocal} added. */
	static Map<String, Object> of(Map<String, Object> series) {
		var view = new LinkedHashMap<>(series);
		var zone = String.valueOf(series.get("timeZone"));
		view.put("currentLocal", local(String.valueOf(series.get("currentOccurrence")), zone));
		view.put("upcomingLocal", local(series.get("upcoming"), zone));
		return view;
	}

	/**
	 * "'Gym' (seriesId …, FREQ=WEEKLY;BYDAY=MO, Europe/Paris, active, current
	 * 2026-12-07T18:00+01:00[Europe/Paris])".
	 */
	static String line(Map<String, Object> view) {
		return "'" + view.get("title") + "' (seriesId " + view.get("id") + ", " + view.get("rrule") + ", "
				+ view.get("timeZone") + (Boolean.TRUE.equals(view.get("active")) ? ", active" : ", stopped")
				+ ", current " + view.get("currentLocal") + ")";
	}

	/** Occurrences as the API prints them (offset date-times or dates), in the zone. */
	static List<String> local(@Nullable Object occurrences, String zone) {
		return occurrences instanceof List<?> list
				? list.stream().map(each -> local(String.valueOf(each), zone)).toList() : List.of();
	}

	/**
	 * An occurrence with its zone named, as {@link TaskViews#dueLocal} names a due time;
	 * a date (all day) stays a date.
	 */
	static String local(String occurrence, String zone) {
		if (!occurrence.contains("T")) {
			return occurrence;
		}
		try {
			return OffsetDateTime.parse(occurrence).atZoneSameInstant(ZoneId.of(zone)).toString();
		}
		catch (DateTimeException e) {
			return occurrence;
		}
	}

	/**
	 * "2026-12-01, 2026-12-08 (all day, Europe/Paris)" or zoned date-times as they are.
	 */
	static String dates(List<String> local, String zone) {
		var joined = String.join(", ", local);
		return local.stream().anyMatch(date -> !date.contains("T")) ? joined + " (all day, " + zone + ")" : joined;
	}

}
