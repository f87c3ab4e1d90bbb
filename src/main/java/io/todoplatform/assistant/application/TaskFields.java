package io.todoplatform.assistant.application;

/**
 * The fields of a task a user sets, under the API's names: the arguments of add_task and
 * update_task, passed to the API as they come.
 */
final class TaskFields {

	static final String[] NAMES = { "title", "description", "priority", "tags", "dueAt", "dueDate", "timeZone",
			"reminders" };

	static final String REMINDER = "A reminder in one of three forms: {\"before\": \"PT15M\"} (an ISO 8601 "
			+ "duration before the due time), {\"daysBefore\": 1, \"atTime\": \"18:00\"} (a local time in timeZone on "
			+ "a day before the due day) or {\"at\": \"2026-12-01T09:00:00+01:00\"} (an instant). before and "
			+ "daysBefore need dueAt or dueDate.";

	private TaskFields() {
	}

	/** The fields as optional arguments; add_task requires title. */
	static Schema.Properties input() {
		return Schema.object()
			.required("title", Schema.string("1 to 200 characters"))
			.optional("description", Schema.string("Up to 10,000 characters"))
			.optional("priority", Schema.oneOf("Default MEDIUM", TaskViews.PRIORITIES))
			.optional("tags",
					Schema.array("Up to 20 distinct lower-case slugs, e.g. home, health", Schema.string("A tag"), 20))
			.optional("dueAt", Schema.string("Due at this instant, ISO 8601 with offset"))
			.optional("dueDate", Schema.string("Due on this day (all day) in timeZone, ISO 8601 date"))
			.optional("timeZone", Schema.string("IANA zone, e.g. Europe/Paris; default the user's"))
			.optional("reminders", Schema.array("Up to 10 reminders. " + REMINDER, Schema.anyObject("A reminder"), 10));
	}

}
