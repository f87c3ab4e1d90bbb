package io.todoplatform.assistant.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Tasks as the tools show them: the API's task with its due time also in the task's own
 * zone ({@code dueLocal}, the zone named), a one-line summary for the text, and the
 * schema of both.
 */
final class TaskViews {

	/** The API's priorities, most important first. */
	static final List<String> PRIORITIES = List.of("VERY_IMPORTANT", "HIGH", "MEDIUM", "LOW");

	static final List<String> STATUSES = List.of("OPEN", "COMPLETED", "SKIPPED");

	/** A task result, open: the API's fields, of which these are always there. */
	static final Map<String, Object> TASK = Schema.object()
		.required("id", Schema.id("The task's id"))
		.required("title", Schema.string("The title"))
		.required("status", Schema.oneOf("OPEN, COMPLETED or SKIPPED", STATUSES))
		.required("priority", Schema.oneOf("The priority", PRIORITIES))
		.required("tags", Schema.array("Sorted tags", Schema.string("A tag"), 20))
		.required("timeZone", Schema.string("The task's IANA time zone, in which dueDate and dueLocal are"))
		.optional("dueAt", Schema.nullableString("Due at this instant (UTC)"))
		.optional("dueDate", Schema.nullableString("Due on this day in timeZone (all day)"))
		.optional("dueLocal", Schema.nullableString("dueAt in timeZone, with its offset and zone"))
		.optional("seriesId", Schema.nullableString("The recurring task this task is an occurrence of"))
		.open();

	private TaskViews() {
	}

	/** The API's task, with {@code dueLocal} added. */
	static Map<String, Object> of(Map<String, Object> task) {
		var view = new LinkedHashMap<>(task);
		view.put("dueLocal", dueLocal(task));
		return view;
	}

	static List<Map<String, Object>> all(Object items) {
		return items instanceof List<?> list ? list.stream().map(TaskViews::asTask).map(TaskViews::of).toList()
				: List.of();
	}

	/**
	 * "'Pay rent' (id …, OPEN, HIGH, due 2026-12-01T09:00+01:00[Europe/Paris], tags:
	 * home)".
	 */
	static String line(Map<String, Object> task) {
		var due = dueLocal(task) instanceof String local ? ", due " + local : task.get("dueDate") instanceof String date
				? ", due " + date + " (all day, " + task.get("timeZone") + ")" : "";
		var tags = task.get("tags") instanceof List<?> list && !list.isEmpty()
				? ", tags: " + String.join(", ", list.stream().map(String::valueOf).toList()) : "";
		var overdue = Boolean.TRUE.equals(task.get("overdue")) ? ", OVERDUE" : "";
		return "'" + task.get("title") + "' (id " + task.get("id") + ", " + task.get("status") + ", "
				+ task.get("priority") + due + overdue + tags + ")";
	}

	static @Nullable String dueLocal(Map<String, Object> task) {
		if (!(task.get("dueAt") instanceof String at) || !(task.get("timeZone") instanceof String zone)) {
			return null;
		}
		try {
			return Instant.parse(at).atZone(ZoneId.of(zone)).toString();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asTask(Object item) {
		return item instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
