package io.todoplatform.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Adds or removes one reminder of a task, keeping the reminders someone else set
 * meanwhile. The API checks the reminder's form and values.
 */
@Component
class TaskReminderTools implements ToolSet {

	private final TaskRevisions revisions;

	TaskReminderTools(PlatformApi api) {
		this.revisions = new TaskRevisions(api);
	}

	@Override
	public List<Entry> entries() {
		return List.of(
				new Entry(new Tool("set_reminder", "Set a reminder",
						"Adds a reminder to a task's reminders (at most 10); one it has already is kept once. "
								+ TaskFields.REMINDER,
						Hints.SETS, input("The reminder to add"), TaskTools.taskResult()), this::set),
				new Entry(new Tool("remove_reminder", "Remove a reminder",
						"Removes one of a task's reminders, given in its form as get_task shows it (fireAt, "
								+ "when it fires, may be left out).",
						Hints.SETS, input("The reminder to remove"), TaskTools.taskResult()), this::remove));
	}

	private static Map<String, Object> input(String reminder) {
		return Schema.object()
			.required("taskId", TaskTools.TASK_ID)
			.required("reminder", Schema.anyObject(reminder + ". " + TaskFields.REMINDER))
			.closed();
	}

	private Mono<ToolResult> set(Credentials who, Arguments arguments) {
		var reminder = arguments.object("reminder");
		return revisions.revise(who, arguments.id("taskId"), task -> {
			var reminders = Reminders.of(task);
			if (reminders.stream().anyMatch(existing -> Reminders.same(existing, reminder))) {
				return null;
			}
			var changed = new ArrayList<Object>(reminders.stream().map(Reminders::form).toList());
			changed.add(reminder);
			return Map.of("reminders", changed);
		}).map(revised -> result(revised, revised.changed() ? "Reminder set on" : "Already had this reminder:"));
	}

	private Mono<ToolResult> remove(Credentials who, Arguments arguments) {
		var reminder = arguments.object("reminder");
		return revisions.revise(who, arguments.id("taskId"), task -> {
			var reminders = Reminders.of(task);
			var kept = new ArrayList<Object>();
			var found = false;
			for (var existing : reminders) {
				if (!found && Reminders.same(existing, reminder)) {
					found = true;
				}
				else {
					kept.add(Reminders.form(existing));
				}
			}
			if (!found) {
				throw new InvalidArgumentsException("'" + task.get("title") + "' has no reminder "
						+ Reminders.describe(reminder, null) + "; its reminders: " + listed(task));
			}
			return Map.of("reminders", kept);
		}).map(revised -> result(revised, "Reminder removed from"));
	}

	private static ToolResult result(TaskRevisions.Revised revised, String verb) {
		return Answers.of(revised.answer(), answer -> {
			var result = TaskTools.taskResult(verb, answer.object());
			return ToolResult.success(result.text() + "; reminders: " + listed(answer.object()), result.structured());
		});
	}

	private static String listed(Map<String, Object> task) {
		var reminders = Reminders.of(task);
		return reminders.isEmpty() ? "none"
				: String.join("; ", reminders.stream().map(r -> Reminders.describe(r, task.get("timeZone"))).toList());
	}

}
