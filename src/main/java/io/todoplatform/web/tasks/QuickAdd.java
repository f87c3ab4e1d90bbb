package io.todoplatform.web.tasks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The quick-add form: a title, and optionally a priority, a due day (with a time, or all
 * day) and tags. The day and time are the user's, in the browser's zone, which becomes
 * the task's zone.
 *
 * @param tags as typed: separated by commas or spaces
 */
public record QuickAdd(String title, String priority, String dueDate, String dueTime, String tags) {

	private static final ZoneId UTC = ZoneId.of("UTC");

	static final QuickAdd EMPTY = new QuickAdd("", "MEDIUM", "", "", "");

	static QuickAdd of(MultiValueMap<String, String> form) {
		return new QuickAdd(text(form, "title"), text(form, "priority"), text(form, "dueDate"), text(form, "dueTime"),
				text(form, "tags"));
	}

	/** The task to create, or the fields' problems the API cannot see (a time alone). */
	Map<String, Object> body(@Nullable String browserZone) {
		var body = new LinkedHashMap<String, Object>();
		body.put("title", title);
		if (!priority.isBlank()) {
			body.put("priority", priority);
		}
		var tagList = Arrays.stream(tags.split("[,\\s]+")).filter(tag -> !tag.isBlank()).toList();
		if (!tagList.isEmpty()) {
			body.put("tags", tagList);
		}
		var zone = zone(browserZone);
		if (!dueDate.isBlank()) {
			body.put("timeZone", zone.getId());
			if (dueTime.isBlank()) {
				body.put("dueDate", dueDate);
			}
			else {
				body.put("dueAt", LocalDate.parse(dueDate).atTime(LocalTime.parse(dueTime)).atZone(zone).toInstant());
			}
		}
		return body;
	}

	/** What the form says that the API would not catch, by field. */
	Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		try {
			if (!dueDate.isBlank()) {
				LocalDate.parse(dueDate);
			}
			if (!dueTime.isBlank()) {
				LocalTime.parse(dueTime);
				if (dueDate.isBlank()) {
					problems.put("due", "A time needs a day: choose the day it is due");
				}
			}
		}
		catch (DateTimeException e) {
			problems.put("due", "Give the day as 2026-12-01 and the time as 09:30");
		}
		return problems;
	}

	/** The API's messages by this form's fields: the due fields share one place. */
	static Map<String, String> fields(Map<String, String> apiErrors) {
		var fields = new LinkedHashMap<String, String>();
		apiErrors.forEach((name, message) -> {
			var field = switch (name) {
				case "title", "priority", "tags" -> name;
				case "dueAt", "dueDate", "timeZone" -> "due";
				default -> "";
			};
			fields.merge(field, message, (first, more) -> first + "; " + more);
		});
		return fields;
	}

	private static ZoneId zone(@Nullable String browserZone) {
		try {
			return browserZone == null || browserZone.isBlank() ? UTC : ZoneId.of(browserZone);
		}
		catch (DateTimeException unknown) {
			return UTC;
		}
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		var value = form.getFirst(name);
		return value == null ? "" : value.strip();
	}

}
