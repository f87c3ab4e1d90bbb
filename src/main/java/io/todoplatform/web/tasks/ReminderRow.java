package io.todoplatform.web.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * One reminder of the edit form, in one of the API's three forms: {@code before} the due
 * time (an amount of minutes, hours or days), {@code daysBefore} the due day at a time of
 * day, or {@code at} a moment, written in the task's zone. An empty kind is no reminder
 * (the form's spare row, or one the user cleared).
 */
public record ReminderRow(String kind, String amount, String unit, String days, String time, String at) {

	static final String BEFORE = "before";

	static final String DAYS_BEFORE = "daysBefore";

	static final String AT = "at";

	static ReminderRow blank() {
		return new ReminderRow("", "15", "minutes", "1", "09:00", "");
	}

	/** A reminder as the API shows it, in the task's zone. */
	static ReminderRow of(Map<?, ?> reminder, ZoneId zone) {
		var blank = blank();
		if (reminder.get(BEFORE) instanceof String before) {
			var lead = Duration.parse(before);
			var unit = lead.toSeconds() % 86_400 == 0 && !lead.isZero() ? "days"
					: lead.toSeconds() % 3_600 == 0 && !lead.isZero() ? "hours" : "minutes";
			var amount = switch (unit) {
				case "days" -> lead.toDays();
				case "hours" -> lead.toHours();
				default -> lead.toMinutes();
			};
			return new ReminderRow(BEFORE, String.valueOf(amount), unit, blank.days(), blank.time(), "");
		}
		if (reminder.get(DAYS_BEFORE) instanceof Number days) {
			return new ReminderRow(DAYS_BEFORE, blank.amount(), blank.unit(), days.toString(),
					String.valueOf(reminder.get("atTime")), "");
		}
		var at = Instant.parse(String.valueOf(reminder.get(AT))).atZone(zone).toLocalDateTime();
		return new ReminderRow(AT, blank.amount(), blank.unit(), blank.days(), blank.time(),
				at.truncatedTo(ChronoUnit.SECONDS).toString());
	}

	static ReminderRow read(MultiValueMap<String, String> form, int index) {
		var prefix = "reminders[" + index + "].";
		return new ReminderRow(value(form, prefix + "kind"), value(form, prefix + "amount"),
				value(form, prefix + "unit"), value(form, prefix + "days"), value(form, prefix + "time"),
				value(form, prefix + "at"));
	}

	public boolean blankKind() {
		return kind.isEmpty();
	}

	/**
	 * The reminder as the API takes it, with {@code at} read in the task's zone.
	 * @throws IllegalArgumentException with a message for the user, when a field cannot
	 * be read
	 */
	Map<String, Object> rule(ZoneId zone) {
		var rule = new LinkedHashMap<String, Object>();
		switch (kind) {
			case BEFORE -> {
				var amount = number(amount(), "the amount must be a whole number");
				var lead = switch (unit) {
					case "days" -> Duration.ofDays(amount);
					case "hours" -> Duration.ofHours(amount);
					default -> Duration.ofMinutes(amount);
				};
				rule.put(BEFORE, lead.toString());
			}
			case DAYS_BEFORE -> {
				rule.put(DAYS_BEFORE, number(days(), "the days must be a whole number"));
				rule.put("atTime", parse(() -> LocalTime.parse(time()).toString(), "give a time of day, like 18:00"));
			}
			case AT -> rule.put(AT, parse(() -> LocalDateTime.parse(at()).atZone(zone).toInstant().toString(),
					"give a date and a time"));
			default -> throw new IllegalArgumentException("choose when it reminds you");
		}
		return rule;
	}

	private static long number(String text, String message) {
		return parse(() -> Long.parseLong(text.strip()), message);
	}

	private static <T> T parse(java.util.function.Supplier<T> value, String message) {
		try {
			return value.get();
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException(message);
		}
	}

	static String value(MultiValueMap<String, String> form, String name) {
		var value = form.getFirst(name);
		return value == null ? "" : value;
	}

}
