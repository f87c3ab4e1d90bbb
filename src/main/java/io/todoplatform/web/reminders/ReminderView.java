package io.todoplatform.web.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A reminder as the page shows it: its task's title, and when it fires in the task's own
 * zone, which is where the task is due.
 *
 * @param rule what the user set on the task, in words
 */
public record ReminderView(String id, String taskId, String taskTitle, String rule, String fireAt, String status) {

	/** Zone abbreviations as people know them (EST, CET): the UK locale has few. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.US);

	/** A fire time to the second: a reminder at a moment may have one. */
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss z",
			Locale.US);

	static ReminderView of(Map<?, ?> reminder, TaskName task) {
		var fireAt = Instant.parse((String) reminder.get("fireAt")).atZone(task.zone());
		return new ReminderView((String) reminder.get("id"), (String) reminder.get("taskId"), task.title(),
				rule((Map<?, ?>) reminder.get("rule")), (fireAt.getSecond() == 0 ? TIME : SECONDS).format(fireAt),
				(String) reminder.get("status"));
	}

	/** A cancelled reminder's task is done or gone: there is nothing left to snooze. */
	public boolean snoozable() {
		return !"CANCELLED".equals(status);
	}

	public String statusLabel() {
		return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String rule(Map<?, ?> rule) {
		if (rule.get("before") instanceof String before) {
			var lead = Duration.parse(before);
			return lead.isZero() ? "At the due time" : words(lead) + " before the due time";
		}
		if (rule.get("daysBefore") instanceof Number days) {
			return (days.intValue() == 0 ? "On the due day"
					: days + (days.intValue() == 1 ? " day" : " days") + " before the due day") + ", at "
					+ rule.get("atTime");
		}
		return "At a set time";
	}

	private static String words(Duration lead) {
		if (lead.toSeconds() % 86_400 == 0) {
			return plural(lead.toDays(), "day");
		}
		return lead.toSeconds() % 3_600 == 0 ? plural(lead.toHours(), "hour") : plural(lead.toMinutes(), "minute");
	}

	private static String plural(long amount, String unit) {
		return amount + " " + unit + (amount == 1 ? "" : "s");
	}

	/** The task a reminder belongs to, as far as the page needs it. */
	record TaskName(String title, ZoneId zone) {

		static final TaskName GONE = new TaskName("A deleted task", ZoneId.of("UTC"));

	}

}
