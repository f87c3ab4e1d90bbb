package io.todoplatform.tasks.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.todoplatform.timerange.TimeRange;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a task that its owner chooses, checked as a whole.
 *
 * @param reminders in the order the owner gave them, distinct; relative ones only with a
 * due time to count from
 */
@ValueObject
public record TaskDetails(Title title, Description description, Priority priority, Tags tags, @Nullable Due due,
		ZoneId timeZone, List<ReminderRule> reminders) {

	public static final int MAX_REMINDERS = 10;

	/**
	 * Reminders depend on the due time, so they are checked where both are known: no task
	 * can break their rules.
	 */
	public TaskDetails {
		reminders = List.copyOf(reminders);
		var violations = reminderViolations(reminders, due);
		if (!violations.isEmpty()) {
			throw new InvalidTaskException(violations);
		}
	}

	/**
	 * Builds details from the values a user sent, reporting every broken rule at once
	 * rather than the first.
	 */
	public static TaskDetails of(@Nullable String title, @Nullable String description, @Nullable Priority priority,
			@Nullable List<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate,
			@Nullable String timeZone, @Nullable List<@Nullable ReminderFields> reminders, ZoneId defaultZone) {

		var violations = new ArrayList<FieldViolation>();
		var validTitle = title == null ? TaskDetails.<Title>reject(violations, "title", "is required")
				: check(violations, () -> new Title(title));
		var validDescription = description == null ? Description.NONE
				: check(violations, () -> new Description(description));
		var validTags = tags == null ? Tags.NONE : check(violations, () -> Tags.of(tags));
		var validZone = timeZone == null ? defaultZone : zone(violations, timeZone);
		if (dueAt != null && dueDate != null) {
			violations.add(new FieldViolation("dueDate", "give dueAt or dueDate, not both"));
		}
		if (dueAt != null && !TimeRange.contains(dueAt)) {
			violations.add(new FieldViolation("dueAt", TimeRange.INSTANTS));
		}
		if (dueDate != null && !TimeRange.contains(dueDate)) {
			violations.add(new FieldViolation("dueDate", TimeRange.DATES));
		}
		Due due = dueAt != null ? new Due.At(dueAt) : dueDate != null ? new Due.On(dueDate) : null;
		var rules = reminders == null ? List.<@Nullable ReminderRule>of() : rules(violations, reminders);
		violations.addAll(reminderViolations(rules, due));
		if (!violations.isEmpty()) {
			throw new InvalidTaskException(violations);
		}
		return new TaskDetails(validTitle, validDescription, priority == null ? Priority.DEFAULT : priority, validTags,
				due, validZone, rules);
	}

	/**
	 * When one of this task's reminders fires: relative ones count from its due time,
	 * which it always has for them.
	 */
	public Instant fireAt(ReminderRule reminder) {
		return reminder.fireAt(due, timeZone).orElseThrow();
	}

	/**
	 * These details with the reminders of an earlier occurrence of the same series that
	 * count from the due time, so that they move to this occurrence's due time. A
	 * reminder at a fixed instant belonged to that occurrence alone; without a due time
	 * of its own, an occurrence takes none.
	 */
	public TaskDetails withRelativeRemindersOf(TaskDetails earlier) {
		return due == null ? this : new TaskDetails(title, description, priority, tags, due, timeZone,
				earlier.reminders.stream().filter(ReminderRule::relative).toList());
	}

	/**
	 * The rule of each item, or null where the item breaks a rule of its own (reported,
	 * named by its index).
	 */
	private static List<@Nullable ReminderRule> rules(List<FieldViolation> violations,
			List<@Nullable ReminderFields> items) {
		var rules = new ArrayList<@Nullable ReminderRule>();
		for (var i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var broken = new ArrayList<FieldViolation>();
			rules.add(item == null ? reject(broken, "reminders", "must be a reminder, not null")
					: check(broken, item::rule));
			var field = reminder(i);
			broken.forEach(violation -> violations.add(new FieldViolation(field, violation.message())));
		}
		return rules;
	}

	/** The rules that hold between a task's reminders and its due time. */
	private static List<FieldViolation> reminderViolations(List<@Nullable ReminderRule> rules, @Nullable Due due) {
		var violations = new ArrayList<FieldViolation>();
		if (rules.size() > MAX_REMINDERS) {
			violations.add(new FieldViolation("reminders", "a task has at most " + MAX_REMINDERS + " reminders"));
		}
		for (var i = 0; i < rules.size(); i++) {
			var rule = rules.get(i);
			if (rule == null) {
				continue;
			}
			var first = rules.indexOf(rule);
			if (first < i) {
				violations.add(new FieldViolation(reminder(i), "repeats " + reminder(first)));
			}
			else if (rule.relative() && due == null) {
				violations.add(new FieldViolation(reminder(i),
						"counts from the due time, and the task has none: give dueAt or dueDate, or use at"));
			}
		}
		return violations;
	}

	private static String reminder(int index) {
		return "reminders[" + index + "]";
	}

	private static <T> T check(List<FieldViolation> violations, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidTaskException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	private static <T> T reject(List<FieldViolation> violations, String field, String message) {
		violations.add(new FieldViolation(field, message));
		return null;
	}

	private static ZoneId zone(List<FieldViolation> violations, String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException e) {
			return reject(violations, "timeZone", "'" + id + "' is not an IANA time zone id");
		}
	}
}
