package io.todoplatform.web.series;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The editor's fields as the user typed them, and the API's body they make. The rule
 * builder is the browser's (series.js): it writes the RRULE into {@code rrule}, the field
 * labelled "Repeat", which is all the server reads of it.
 *
 * @param startDate the first occurrence's date
 * @param startTime its time of day; empty for an all-day series
 * @param tags as typed, separated by commas or spaces
 */
public record SeriesForm(String title, String description, String priority, String tags, String rrule, String startDate,
		String startTime, String timeZone, String anchor) {

	/** A new series' fields: the browser fills in today, its zone and a weekly rule. */
	static SeriesForm blank() {
		return new SeriesForm("", "", "MEDIUM", "", "", "", "09:00", "", "SCHEDULE");
	}

	static SeriesForm read(MultiValueMap<String, String> form) {
		return new SeriesForm(field(form, "title"), field(form, "description"), field(form, "priority"),
				field(form, "tags"), field(form, "rrule"), field(form, "startDate"), field(form, "startTime"),
				field(form, "timeZone"), field(form, "anchor"));
	}

	static SeriesForm of(Map<String, Object> series) {
		var start = (String) series.get("dtstart");
		var at = start.indexOf('T');
		return new SeriesForm((String) series.get("title"), (String) series.get("description"),
				(String) series.get("priority"), String.join(" ", SeriesView.strings(series.get("tags"))),
				(String) series.get("rrule"), at < 0 ? start : start.substring(0, at),
				at < 0 ? "" : start.substring(at + 1, Math.min(start.length(), at + 6)),
				(String) series.get("timeZone"), (String) series.get("anchor"));
	}

	/**
	 * The API's fields, for a new series or as a merge patch of all of them: an empty one
	 * is null, so the API uses its default or says it is required.
	 */
	Map<String, @Nullable Object> body() {
		var body = new LinkedHashMap<String, @Nullable Object>();
		body.put("title", title);
		body.put("description", description);
		put(body, "priority", priority);
		body.put("tags", Arrays.stream(tags.split("[,\\s]+")).filter(tag -> !tag.isEmpty()).toList());
		put(body, "rrule", rrule);
		put(body, "dtstart", dtstart());
		put(body, "timeZone", timeZone);
		put(body, "anchor", anchor);
		return body;
	}

	/** What the preview needs of the fields. */
	Map<String, @Nullable Object> schedule() {
		var schedule = new LinkedHashMap<String, @Nullable Object>();
		put(schedule, "rrule", rrule);
		put(schedule, "dtstart", dtstart());
		put(schedule, "timeZone", timeZone);
		return schedule;
	}

	/** The API's start: a local date-time in the series' zone, or a date for all day. */
	@Nullable String dtstart() {
		if (startDate.isBlank()) {
			return null;
		}
		return startTime.isBlank() ? startDate.strip() : startDate.strip() + "T" + startTime.strip();
	}

	public boolean allDay() {
		return startTime.isBlank();
	}

	private static void put(Map<String, @Nullable Object> body, String name, @Nullable String value) {
		body.put(name, value == null || value.isBlank() ? null : value.strip());
	}

	private static String field(MultiValueMap<String, String> form, String name) {
		var value = form.getFirst(name);
		return value == null ? "" : value;
	}

}
