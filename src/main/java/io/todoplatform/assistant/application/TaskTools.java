package io.todoplatform.assistant.application;

import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.assistant.application.port.out.ApiCall.Service.TASKS;

/**
 * Tools over the task API ({@code /api/v1/tasks}).
 */
@Component
class TaskTools implements ToolSet {

	static final String TASKS_PATH = "/api/v1/tasks";

	static final Map<String, Object> TASK_ID = Schema.id("The task's id, as the tools give it");

	static final String DATES = "Dates: dueAt is an ISO 8601 instant with its offset (2026-12-01T09:00:00+01:00); "
			+ "dueDate is an ISO date (2026-12-01) for a task due all day in timeZone; give one or neither. "
			+ "timeZone is an IANA zone (Europe/Paris), by default the user's. Resolve words such as 'tomorrow' "
			+ "or 'Friday' to dates yourself before calling.";

	private final PlatformApi api;

	TaskTools(PlatformApi api) {
		this.api = api;
	}

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(addTask(), this::add), new Entry(getTask(), this::get),
				new Entry(listTasks(), this::list));
	}

	private static Tool addTask() {
		return new Tool("add_task", "Add a task",
				"Adds a task for the user. Only title is required; priority is LOW, MEDIUM (default), HIGH or "
						+ "URGENT; tags are lower-case slugs (home, health); reminders as in set_reminder. " + DATES,
				Hints.ADDS, TaskFields.input().closed(), taskResult());
	}

	private static Tool getTask() {
		return new Tool("get_task", "Get a task", "Gives one of the user's tasks with all its fields.", Hints.READS,
				Schema.object().required("taskId", TASK_ID).closed(), taskResult());
	}

	private static Tool listTasks() {
		return new Tool("list_tasks", "List tasks",
				"Lists the user's tasks, filtered and sorted, a page at a time (default: 20, most recent first). "
						+ "Filters combine with AND. For words to look for, use search_tasks.",
				Hints.READS, TaskFilters.input().closed(), TaskFilters.PAGE);
	}

	static Map<String, Object> taskResult() {
		return Schema.object().required("task", TaskViews.TASK).open();
	}

	private Mono<ToolResult> add(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.post(TASKS, TASKS_PATH, arguments.fields(TaskFields.NAMES)))
			.map(answer -> Answers.of(answer, created -> taskResult("Added", created.object())));
	}

	private Mono<ToolResult> get(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.get(TASKS, TASKS_PATH + "/" + arguments.id("taskId")))
			.map(answer -> Answers.of(answer, found -> taskResult("Task", found.object())));
	}

	private Mono<ToolResult> list(Credentials who, Arguments arguments) {
		var query = new Query(TASKS_PATH);
		TaskFilters.apply(arguments, query);
		return api.send(who, ApiCall.get(TASKS, query.toString()))
			.map(answer -> Answers.of(answer, page -> TaskFilters.pageResult(page.object())));
	}

	static ToolResult taskResult(String verb, Map<String, Object> task) {
		var view = TaskViews.of(task);
		return ToolResult.success(verb + " " + TaskViews.line(view), Map.of("task", view));
	}

}
