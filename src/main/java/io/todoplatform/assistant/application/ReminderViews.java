package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reminders as the tools show them: the API's reminder (its fire time is an instant) with
 * its task's title and zone, and the fire time in that zone ({@code fireLocal}, the zone
 * named), when the task is still there to say.
 */
final class ReminderViews {

	static final Map<String, Object> REMINDER = Schema.object()
		.required("id", Schema.id("The reminder's id: the reminderId snooze_reminder takes"))
		.required("taskId", Schema.id("The task it reminds of"))
		.required("fireAt", Schema.string("When it fires (or fired), an instant in UTC"))
		.required("status", Schema.string("SCHEDULED, SENT, FAILED or CANCELLED"))
		.optional("taskTitle", Schema.string("The task's title"))
		.optional("timeZone", Schema.string("The task's zone, in which fireLocal is"))
		.optional("fireLocal", Schema.string("fireAt in timeZone, with offset and zone"))
		.open();

	private ReminderViews() {
	}

	/** The API's reminder, with what its task (if found) adds. */
	static Map<String, Object> of(Map<String, Object> reminder, @Nullable Map<String, Object> task) {
		var view = new LinkedHashMap<>(reminder);
		if (task != null && task.get("timeZone") instanceof String zone) {
			view.put("taskTitle", task.get("title"));
			view.put("timeZone", zone);
			var local = TaskViews.inZone(reminder.get("fireAt"), zone);
			if (local != null) {
				view.put("fireLocal", local);
			}
		}
		return view;
	}

	/** "SCHEDULED at 2026-12-31T08:45+01:00[Europe/Paris] for 'Pay rent' (id …)". */
	static String line(Map<String, Object> view) {
		var at = view.get("fireLocal") instanceof String local ? local : view.get("fireAt") + " (UTC)";
		var task = view.get("taskTitle") instanceof String title ? "'" + title + "'" : "task " + view.get("taskId");
		return view.get("status") + " at " + at + " for " + task + " (reminderId " + view.get("id") + ")";
	}

	static List<String> taskIds(List<Map<String, Object>> reminders) {
		return reminders.stream().map(reminder -> String.valueOf(reminder.get("taskId"))).distinct().toList();
	}

}
