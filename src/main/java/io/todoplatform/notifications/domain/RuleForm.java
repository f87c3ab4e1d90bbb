package io.todoplatform.notifications.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The rule a reminder came from, as the task events state it. The tasks module owns the
 * rules and computes their fire times; here a rule is what the user chose, shown back to
 * them, and part of the reminder's identity. Its {@link #fields() fields} are its JSON
 * form in events, storage and the API: {@code {"before":"PT15M"}},
 * {@code {"daysBefore":1,"atTime":"18:00"}}, {@code {"at":"2026-12-01T08:00:00Z"}}.
 */
@ValueObject
public sealed interface RuleForm {

	/**
	 * One text per rule, the same however the event spelled it (e.g. {@code PT60M} and
	 * {@code PT1H}).
	 */
	String canonical();

	Map<String, Object> fields();

	/**
	 * Reads the fields of one form.
	 * @throws IllegalArgumentException when they are not exactly one form's fields with
	 * valid values
	 */
	static RuleForm of(Map<String, ?> fields) {
		try {
			if (fields.keySet().equals(Set.of("before"))) {
				return new Before(Duration.parse(text(fields, "before")));
			}
			if (fields.keySet().equals(Set.of("daysBefore", "atTime"))
					&& fields.get("daysBefore") instanceof Number days) {
				return new DaysBeforeAt(days.intValue(), LocalTime.parse(text(fields, "atTime")));
			}
			if (fields.keySet().equals(Set.of("at"))) {
				return new At(Instant.parse(text(fields, "at")));
			}
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("Not a reminder rule: " + fields + " (" + e.getMessage() + ")", e);
		}
		throw new IllegalArgumentException("Not a reminder rule: " + fields);
	}

	private static String text(Map<String, ?> fields, String name) {
		if (fields.get(name) instanceof String text) {
			return text;
		}
		throw new IllegalArgumentException("Not a reminder rule: " + name + " is not a string in " + fields);
	}

	record Before(Duration lead) implements RuleForm {

		@Override
		public String canonical() {
			return "before " + lead;
		}

		@Override
		public Map<String, Object> fields() {
			return Map.of("before", lead.toString());
		}
	}

	record DaysBeforeAt(int days, LocalTime time) implements RuleForm {

		@Override
		public String canonical() {
			return days + " days before at " + time;
		}

		@Override
		public Map<String, Object> fields() {
			return Map.of("daysBefore", days, "atTime", time.toString());
		}
	}

	record At(Instant instant) implements RuleForm {

		@Override
		public String canonical() {
			return "at " + instant;
		}

		@Override
		public Map<String, Object> fields() {
			return Map.of("at", instant.toString());
		}
	}

}
