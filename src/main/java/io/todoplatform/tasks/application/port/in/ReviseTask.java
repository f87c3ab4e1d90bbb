package io.todoplatform.tasks.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.TaskDetails;
import org.jspecify.annotations.Nullable;

/**
 * A revision of a task's details as an RFC 7396 merge patch says it: a field given a
 * {@link Change} takes its value, or its default when the value is null (removed); a
 * field left null keeps what the task has. It is data, applied to the current details
 * inside the use case, so that a revision that lost a race applies again to the newer
 * state.
 *
 * @param defaultZone what a removed time zone falls back to: the caller's
 */
public record ReviseTask(@Nullable Change<String> title, @Nullable Change<String> description,
		@Nullable Change<Priority> priority, @Nullable Change<List<String>> tags, @Nullable Change<Instant> dueAt,
		@Nullable Change<LocalDate> dueDate, @Nullable Change<String> timeZone,
		@Nullable Change<List<@Nullable ReminderFields>> reminders, ZoneId defaultZone) {

	/** A field the revision sets; null removes it. */
	public record Change<T>(@Nullable T value) {
	}

	/**
	 * The details the revision makes of the current ones, checked as a whole.
	 * @throws io.todoplatform.tasks.domain.InvalidTaskException naming every field that
	 * breaks a rule
	 */
	public TaskDetails applyTo(TaskDetails current) {
		var due = current.due();
		return TaskDetails.of(or(title, current.title().value()), or(description, current.description().value()),
				or(priority, current.priority()), or(tags, List.copyOf(current.tags().slugs())),
				or(dueAt, due instanceof Due.At at ? at.instant() : null),
				or(dueDate, due instanceof Due.On on ? on.date() : null), or(timeZone, current.timeZone().getId()),
				or(reminders, current.reminders().stream().map(ReminderFields::of).toList()), defaultZone);
	}

	private static <T> @Nullable T or(@Nullable Change<T> change, @Nullable T current) {
		return change == null ? current : change.value();
	}
}
