package io.todoplatform.web.series;

import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A task a series made, as the series' page lists it: which occurrence it is (in the
 * series' zone) and what became of it.
 *
 * @param status the task's: OPEN, COMPLETED or SKIPPED
 */
public record OccurrenceView(String id, String title, String status, @Nullable Moment occurrence) {

	static OccurrenceView of(Map<String, Object> task, ZoneId zone) {
		return new OccurrenceView((String) task.get("id"), (String) task.get("title"), (String) task.get("status"),
				task.get("occurrence") instanceof String occurrence ? Moment.of(occurrence, zone) : null);
	}

	public String statusLabel() {
		return switch (status) {
			case "COMPLETED" -> "Done";
			case "SKIPPED" -> "Skipped";
			default -> "Open";
		};
	}

}
