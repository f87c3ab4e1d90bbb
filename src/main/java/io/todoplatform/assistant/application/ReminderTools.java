package io.todoplatform.assistant.application;

import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.NOTIFICATIONS;
import static io.todoplatform.client.ApiCall.Service.TASKS;

/**
 * Tools over the reminders API ({@code /api/v1/reminders}), which the
 * {@code notifications} app-id serves. A reminder's fire time is an instant; its task
 * (from the tasks API) gives the zone to name it in, and a title the model can say.
 */
@Component
class ReminderTools implements ToolSet {

	private static final String REMINDERS_PATH = "/api/v1/reminders";

	/** Task lookups at once, for a list of reminders of many tasks. */
	private static final int LOOKUPS = 8;

	private final PlatformApi api;

	ReminderTools(PlatformApi api) {
		this.api = api;
	}

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(listReminders(), this::list), new Entry(snoozeReminder(), this::snooze));
	}

	private static Tool listReminders() {
		return new Tool("list_reminders", "List reminders",
				"Lists the user's reminders by fire time (at most 1000): scheduled, sent, failed or cancelled, "
						+ "each with its task's title and its fire time in the task's zone. Reminders are set on "
						+ "tasks (set_reminder); give taskId for those of one task.",
				Hints.READS, Schema.object().optional("taskId", TaskTools.TASK_ID).closed(),
				Schema.object().required("items", Schema.array("By fire time", ReminderViews.REMINDER, 1000)).open());
	}

	private static Tool snoozeReminder() {
		return new Tool("snooze_reminder", "Snooze a reminder",
				"Makes a reminder fire again later: 'for' is an ISO 8601 duration from now, 1 minute to 7 days "
						+ "(PT10M, PT1H, P1D). A reminder of a task done or deleted cannot be snoozed.",
				Hints.SETS,
				Schema.object()
					.required("reminderId", Schema.id("The reminder's id, as list_reminders gives it"))
					.required("for", Schema.string("An ISO 8601 duration, e.g. PT10M"))
					.closed(),
				Schema.object().required("reminder", ReminderViews.REMINDER).open());
	}

	private Mono<ToolResult> list(Credentials who, Arguments arguments) {
		var query = new Query(REMINDERS_PATH);
		if (arguments.has("taskId")) {
			query.add("taskId", arguments.id("taskId"));
		}
		return api.send(who, ApiCall.get(NOTIFICATIONS, query.toString())).flatMap(answer -> {
			if (!answer.ok()) {
				return Mono.just(Answers.refusal(answer));
			}
			var reminders = objects(answer.body());
			return tasks(who, ReminderViews.taskIds(reminders)).map(tasks -> {
				var items = reminders.stream()
					.map(reminder -> ReminderViews.of(reminder, tasks.get(String.valueOf(reminder.get("taskId")))))
					.toList();
				var text = items.isEmpty() ? "No reminders." : items.size() + " reminders:\n"
						+ String.join("\n", items.stream().map(ReminderViews::line).toList());
				return ToolResult.success(text, Map.of("items", items));
			});
		});
	}

	private Mono<ToolResult> snooze(Credentials who, Arguments arguments) {
		var path = REMINDERS_PATH + "/" + arguments.id("reminderId") + "/snooze";
		return api.send(who, ApiCall.post(NOTIFICATIONS, path, arguments.fields("for"))).flatMap(answer -> {
			if (!answer.ok()) {
				return Mono.just(Answers.refusal(answer));
			}
			var reminder = answer.object();
			return tasks(who, ReminderViews.taskIds(List.of(reminder))).map(tasks -> {
				var view = ReminderViews.of(reminder, tasks.get(String.valueOf(reminder.get("taskId"))));
				return ToolResult.success("Snoozed: now " + ReminderViews.line(view), Map.of("reminder", view));
			});
		});
	}

	/** The tasks still there among these, by id. */
	private Mono<Map<String, Map<String, Object>>> tasks(Credentials who, List<String> taskIds) {
		return Flux.fromIterable(taskIds)
			.flatMap(id -> api.send(who, ApiCall.get(TASKS, TaskTools.TASKS_PATH + "/" + id)), LOOKUPS)
			.filter(ApiAnswer::ok)
			.collectMap(found -> String.valueOf(found.object().get("id")), ApiAnswer::object);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(@Nullable Object body) {
		return body instanceof List<?> list
				? list.stream().filter(Map.class::isInstance).map(each -> (Map<String, Object>) each).toList()
				: List.of();
	}

}
