package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a task a user sets, under the API's names: the arguments of add_task and
 * update_task, passed to the API as they come.
 */
final class TaskFields {

	static final String REMINDER = "A reminder in one of three forms: {\"before\": \"PT15M\"} (an ISO 8601 "
			+ "duration before the due time), {\"daysBefore\": 1, \"atTime\": \"18:00\"} (a local time in timeZone on "
			+ "a day before the due day) or {\"at\": \"2026-12-01T09:00:00+01:00\"} (an instant). before and "
			+ "daysBefore need dueAt or dueDate.";

	private static final Map<String, Map<String, Object>> SCHEMAS = schemas();

	static final String[] NAMES = SCHEMAS.keySet().toArray(String[]::new);

	private TaskFields() {
	}

	private static Map<String, Map<String, Object>> schemas() {
		var schemas = new LinkedHashMap<String, Map<String, Object>>();
		schemas.put("title", Schema.string("1 to 200 characters"));
		schemas.put("description", Schema.string("Up to 10,000 characters"));
		schemas.put("priority", Schema.oneOf("Default MEDIUM", TaskViews.PRIORITIES));
		schemas.put("tags",
				Schema.array("Up to 20 distinct lower-case slugs, e.g. home, health", Schema.string("A tag"), 20));
		schemas.put("dueAt", Schema.string("Due at this instant, ISO 8601 with offset"));
		schemas.put("dueDate", Schema.string("Due on this day (all day) in timeZone, ISO 8601 date"));
		schemas.put("timeZone", Schema.string("IANA zone, e.g. Europe/Paris; default the user's"));
		schemas.put("reminders", Schema.array("Up to 10 reminders. " + REMINDER, Schema.anyObject("A reminder"), 10));
		return schemas;
	}

	/** The fields as optional arguments; add_task requires title. */
	static Schema.Properties input() {
		var properties = Schema.object();
		SCHEMAS.forEach((name, schema) -> {
			if (name.equals("title")) {
				properties.required(name, schema);
			}
			else {
				properties.optional(name, schema);
			}
		});
		return properties;
	}

	/**
	 * The fields as changes of a merge patch, added to the given properties: each
	 * optional, and null (but for title) clears it back to its default.
	 */
	static Schema.Properties changes(Schema.Properties properties) {
		SCHEMAS.forEach(
				(name, schema) -> properties.optional(name, name.equals("title") ? schema : Schema.orNull(schema)));
		return properties;
	}

}
