package io.todoplatform.web.tasks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.web.Uuids;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The edit form of one task: its fields as the user reads and writes them. The due time
 * is a date and, for a task due at a time rather than all day, a time of day, both in the
 * task's zone; the form's last reminder row is a spare one for adding.
 *
 * @param version the version the form was read at, sent back as {@code If-Match}
 * @param seriesId the recurring task this one is an occurrence of, or null
 */
public record TaskForm(String id, long version, String title, String description, String priority, String tags,
		String dueDate, String dueTime, String timeZone, List<ReminderRow> reminders, @Nullable String seriesId,
		@Nullable String occurrence) {

	/** The fields with a place in the form for their messages. */
	private static final List<String> PLACED = List.of("title", "description", "priority", "tags", "dueAt", "dueDate",
			"timeZone", "reminders");

	@SuppressWarnings("unchecked")
	static TaskForm of(Map<String, Object> task) {
		var zone = ZoneId.of((String) task.get("timeZone"));
		var dueDate = task.get("dueDate") instanceof String date ? date : "";
		var dueTime = "";
		if (task.get("dueAt") instanceof String at) {
			var due = Instant.parse(at).atZone(zone);
			dueDate = due.toLocalDate().toString();
			dueTime = due.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
		}
		var reminders = new ArrayList<ReminderRow>();
		((List<Map<?, ?>>) task.getOrDefault("reminders", List.of()))
			.forEach(reminder -> reminders.add(ReminderRow.of(reminder, zone)));
		reminders.add(ReminderRow.blank());
		return new TaskForm((String) task.get("id"), ((Number) task.get("version")).longValue(),
				(String) task.get("title"), (String) task.get("description"), (String) task.get("priority"),
				String.join(" ", (List<String>) task.get("tags")), dueDate, dueTime, zone.getId(), reminders,
				(String) task.get("seriesId"), (String) task.get("occurrence"));
	}

	/** The form as posted; its series only to link to it again. */
	static TaskForm read(String id, MultiValueMap<String, String> form) {
		var reminders = new ArrayList<ReminderRow>();
		for (var i = 0; form.containsKey("reminders[" + i + "].kind"); i++) {
			reminders.add(ReminderRow.read(form, i));
		}
		if (reminders.isEmpty() || !reminders.getLast().blankKind()) {
			reminders.add(ReminderRow.blank());
		}
		long version;
		try {
			version = Long.parseLong(ReminderRow.value(form, "version"));
		}
		catch (NumberFormatException e) {
			version = -1;
		}
		return new TaskForm(id, version, ReminderRow.value(form, "title"), ReminderRow.value(form, "description"),
				ReminderRow.value(form, "priority"), ReminderRow.value(form, "tags"),
				ReminderRow.value(form, "dueDate"), ReminderRow.value(form, "dueTime"),
				ReminderRow.value(form, "timeZone"), reminders, series(ReminderRow.value(form, "seriesId")), null);
	}

	private static @Nullable String series(String id) {
		return Uuids.valid(id) ? id : null;
	}

	/**
	 * The merge patch this form asks for: every field it shows, so that what the user
	 * sees is what the task becomes. What the form cannot even read (a date that is no
	 * date) is reported here, by field; the API checks the rest.
	 */
	TaskPatch patch() {
		var errors = new LinkedHashMap<String, String>();
		var patch = new LinkedHashMap<String, @Nullable Object>();
		patch.put("title", title);
		patch.put("description", description);
		patch.put("priority", priority.isEmpty() ? null : priority);
		patch.put("tags", Arrays.stream(tags.split("[\\s,]+")).filter(tag -> !tag.isEmpty()).distinct().toList());
		patch.put("timeZone", timeZone);
		var zone = zone(errors);
		patch.put("dueAt", null);
		patch.put("dueDate", null);
		try {
			if (!dueTime.isBlank() && dueDate.isBlank()) {
				errors.put("dueDate", "give the day it is due on, or no time");
			}
			else if (!dueTime.isBlank() && zone != null) {
				patch.put("dueAt",
						ZonedDateTime.of(LocalDate.parse(dueDate), LocalTime.parse(dueTime), zone)
							.toInstant()
							.toString());
			}
			else if (!dueDate.isBlank()) {
				patch.put("dueDate", LocalDate.parse(dueDate).toString());
			}
		}
		catch (DateTimeParseException e) {
			errors.put("dueDate", "give a date like 2026-12-24 and a time like 18:00");
		}
		var rules = new ArrayList<Map<String, Object>>();
		var rows = new ArrayList<Integer>();
		for (var i = 0; i < reminders.size(); i++) {
			var row = reminders.get(i);
			if (row.blankKind()) {
				continue;
			}
			try {
				rules.add(row.rule(zone == null ? ZoneId.of("UTC") : zone));
				rows.add(i);
			}
			catch (IllegalArgumentException e) {
				errors.put("reminders[" + i + "]", e.getMessage());
			}
		}
		patch.put("reminders", rules);
		return new TaskPatch(patch, rows, errors);
	}

	private @Nullable ZoneId zone(Map<String, String> errors) {
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException e) {
			errors.put("timeZone", "'" + timeZone + "' is not a time zone");
			return null;
		}
	}

	/** The messages no field of the form shows: they go above it. */
	public static List<String> unplaced(Map<String, String> errors) {
		return errors.entrySet()
			.stream()
			.filter(error -> !PLACED.contains(error.getKey()) && !error.getKey().startsWith("reminders["))
			.map(Map.Entry::getValue)
			.toList();
	}

	/**
	 * A patch for the API, and which form row each of its reminders came from.
	 *
	 * @param errors what the form could not read: the patch is not sent then
	 */
	record TaskPatch(Map<String, @Nullable Object> body, List<Integer> reminderRows, Map<String, String> errors) {

		/** The API's messages, with its reminder indexes turned into the form's rows. */
		Map<String, String> placed(Map<String, String> refusal) {
			var placed = new LinkedHashMap<String, String>();
			refusal.forEach((field, message) -> placed.merge(row(field), message, (one, more) -> one + "; " + more));
			return placed;
		}

		private String row(String field) {
			var matcher = java.util.regex.Pattern.compile("reminders\\[(\\d+)\\](.*)").matcher(field);
			if (matcher.matches()) {
				var index = Integer.parseInt(matcher.group(1));
				if (index < reminderRows.size()) {
					return "reminders[" + reminderRows.get(index) + "]";
				}
			}
			return field;
		}

	}

}
