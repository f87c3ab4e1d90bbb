package io.todoplatform.web.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.todoplatform.web.Choice;
import org.jspecify.annotations.Nullable;

/**
 * A task as the list shows it, read from the API's JSON: its due time in the task's own
 * zone, which is where it is due.
 *
 * @param due the due date or time as people read it, or null
 * @param dueIso the same as a machine reads it ({@code <time datetime>}), or null
 */
public record TaskView(String id, String title, String priority, String status, List<String> tags, @Nullable String due,
		@Nullable String dueIso, boolean overdue, @Nullable String seriesId) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);

	static TaskView of(Map<String, Object> task) {
		var id = (String) task.get("id");
		return new TaskView(id, (String) task.get("title"), (String) task.get("priority"), (String) task.get("status"),
				strings(task.get("tags")), due(task), dueIso(task), Boolean.TRUE.equals(task.get("overdue")),
				(String) task.get("seriesId"));
	}

	public boolean open() {
		return "OPEN".equals(status);
	}

	/** The priority as a word: the badge's colour is never the only signal. */
	public String priorityLabel() {
		return Choice.label(Choice.PRIORITIES, priority);
	}

	public String statusLabel() {
		return Choice.label(Choice.STATUSES, status);
	}

	private static @Nullable String due(Map<String, Object> task) {
		if (task.get("dueAt") instanceof String at) {
			return TIME.format(Instant.parse(at).atZone(ZoneId.of((String) task.get("timeZone"))));
		}
		return task.get("dueDate") instanceof String date ? DATE.format(LocalDate.parse(date)) : null;
	}

	private static @Nullable String dueIso(Map<String, Object> task) {
		if (task.get("dueAt") instanceof String at) {
			return Instant.parse(at).atZone(ZoneId.of((String) task.get("timeZone"))).toOffsetDateTime().toString();
		}
		return task.get("dueDate") instanceof String date ? date : null;
	}

	private static List<String> strings(@Nullable Object list) {
		return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
	}

}
