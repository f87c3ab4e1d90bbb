package io.todoplatform.tasks.adapter.out.events;

import java.util.List;

import io.todoplatform.tasks.domain.Due;
import io.todoplatform.tasks.domain.ReminderFields;
import io.todoplatform.tasks.domain.ReminderRule;
import io.todoplatform.tasks.domain.Task;
import io.todoplatform.tasks.domain.TaskDetails;
import io.todoplatform.tasks.events.TaskData;

/**
 * A task as the task events carry it: the domain's values written out in the plain types
 * of the contract.
 */
final class TaskDataOf {

	private TaskDataOf() {
	}

	static TaskData of(Task task) {
		var details = task.details();
		var due = details.due();
		return new TaskData(task.id().id(), task.owner().subject(), details.title().value(),
				details.description().value(), task.status().name(), details.priority().name(),
				List.copyOf(details.tags().slugs()), due instanceof Due.At at ? at.instant() : null,
				due instanceof Due.On on ? on.date() : null, details.timeZone().getId(),
				details.reminders().stream().map(rule -> reminder(rule, details)).toList(), task.createdAt(),
				task.updatedAt(), task.completedAt(), task.version(),
				task.series() == null ? null : task.series().seriesId(),
				task.series() == null ? null : task.series().occurrence());
	}

	private static TaskData.Reminder reminder(ReminderRule rule, TaskDetails task) {
		var fields = ReminderFields.of(rule);
		return new TaskData.Reminder(fields.before(), fields.daysBefore(),
				fields.atTime() == null ? null : fields.atTime().toString(), fields.at(), task.fireAt(rule));
	}

}
