package io.todoplatform.tasks.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a task that its owner chooses, checked as a whole.
 */
@ValueObject
public record TaskDetails(Title title, Description description, Priority priority, Tags tags, @Nullable Due due,
		ZoneId timeZone) {

	/**
	 * Builds details from the values a user sent, reporting every broken rule at once rather than the first.
	 */
	public static TaskDetails of(@Nullable String title, @Nullable String description, @Nullable Priority priority,
			@Nullable List<String> tags, @Nullable Instant dueAt, @Nullable LocalDate dueDate, @Nullable String timeZone,
			ZoneId defaultZone) {

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
		if (!violations.isEmpty()) {
			throw new InvalidTaskException(violations);
		}
		Due due = dueAt != null ? new Due.At(dueAt) : dueDate != null ? new Due.On(dueDate) : null;
		return new TaskDetails(validTitle, validDescription, priority == null ? Priority.DEFAULT : priority, validTags,
				due, validZone);
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
