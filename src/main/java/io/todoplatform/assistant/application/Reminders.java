package io.todoplatform.assistant.application;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A task's reminders as the task API shows them: the fields of one form ({@code before};
 * {@code daysBefore} with {@code atTime}; or {@code at}) and {@code fireAt}, which the
 * API computes from the due time and is no part of the reminder.
 */
final class Reminders {

	static final List<String> FORM_FIELDS = List.of("before", "daysBefore", "atTime", "at");

	private Reminders() {
	}

	/** The reminder as it is sent back: its form's fields only. */
	static Map<String, Object> form(Map<?, ?> reminder) {
		var form = new LinkedHashMap<String, Object>();
		for (var field : FORM_FIELDS) {
			var value = reminder.get(field);
			if (value != null) {
				form.put(field, value);
			}
		}
		return form;
	}

	/**
	 * Whether two reminders are the same, however written: PT1H and PT60M, 18:00 and
	 * 18:00:00, or one instant at two offsets.
	 */
	static boolean same(Map<?, ?> one, Map<?, ?> other) {
		var ours = form(one);
		var theirs = form(other);
		return ours.keySet().equals(theirs.keySet()) && ours.keySet()
			.stream()
			.allMatch(field -> Objects.equals(value(field, ours.get(field)), value(field, theirs.get(field))));
	}

	private static @Nullable Object value(String field, @Nullable Object value) {
		try {
			return switch (value) {
				case String text when field.equals("before") -> Duration.parse(text);
				case String text when field.equals("atTime") -> LocalTime.parse(text);
				case String text when field.equals("at") -> OffsetDateTime.parse(text).toInstant();
				case Number number -> number.longValue();
				case null, default -> value;
			};
		}
		catch (RuntimeException e) {
			// Not in the API's notation: only the same text is the same.
			return value;
		}
	}

	/** "before PT15M (fires 2026-12-01T08:45+01:00[Europe/Paris])", for the text. */
	static String describe(Map<?, ?> reminder, @Nullable Object zone) {
		var form = form(reminder).entrySet()
			.stream()
			.map(field -> field.getKey() + " " + field.getValue())
			.collect(Collectors.joining(", "));
		var fires = TaskViews.inZone(reminder.get("fireAt"), zone);
		return fires == null ? form : form + " (fires " + fires + ")";
	}

	/** The task's reminders as the API shows them. */
	static List<Map<?, ?>> of(Map<String, Object> task) {
		return task.get("reminders") instanceof List<?> list
				? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
	}

}
