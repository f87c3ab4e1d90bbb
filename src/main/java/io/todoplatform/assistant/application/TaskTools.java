package io.todoplatform.assistant.application;

import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.TASKS;

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
				new Entry(listTasks(), this::list), new Entry(searchTasks(), this::search),
				new Entry(updateTask(), this::update), new Entry(setPriority(), this::setPriority),
				new Entry(deleteTask(), this::delete));
	}

	private static Tool addTask() {
		return new Tool("add_task", "Add a task",
				"Adds a task for the user. Only title is required; priority is VERY_IMPORTANT, HIGH, MEDIUM "
						+ "(default) or LOW; tags are lower-case slugs (home, health); reminders as in set_reminder. "
						+ DATES,
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

	private static Tool searchTasks() {
		return new Tool("search_tasks", "Search tasks",
				"Finds the user's tasks by words in their title or description, best match first (a title match "
						+ "ranks above a description match). The query is web-search style: words, \"a phrase\", "
						+ "or, -word. The filters of list_tasks narrow the matches; a sort replaces the ranking.",
				Hints.READS,
				TaskFilters
					.input(Schema.object()
						.required("query", Schema.string("The words to look for, 1 to 500 characters")))
					.closed(),
				TaskFilters.PAGE);
	}

	private static Tool updateTask() {
		return new Tool("update_task", "Update a task",
				"Changes the given fields of a task and leaves the others (a JSON merge patch). null clears a field "
						+ "back to its default: no description, MEDIUM, no tags, not due, the user's zone, no "
						+ "reminders; title cannot be cleared. tags and reminders replace the whole list: to change "
						+ "one, use add_tag, remove_tag, set_reminder or remove_reminder. " + DATES,
				Hints.REMOVES, TaskFields.changes(Schema.object().required("taskId", TASK_ID)).closed(), taskResult());
	}

	private static Tool setPriority() {
		return new Tool("set_priority", "Set a task's priority",
				"Sets how much a task matters: VERY_IMPORTANT, HIGH, MEDIUM or LOW.", Hints.SETS,
				Schema.object()
					.required("taskId", TASK_ID)
					.required("priority", Schema.oneOf("The new priority", TaskViews.PRIORITIES))
					.closed(),
				taskResult());
	}

	private static Tool deleteTask() {
		return new Tool("delete_task", "Delete a task",
				"Deletes a task for good, with its reminders. Deleting the open occurrence of a recurring task "
						+ "passes over it as if skipped: the series goes on (to end it, use stop_recurring).",
				Hints.REMOVES, Schema.object().required("taskId", TASK_ID).closed(),
				Schema.object().required("taskId", Schema.id("The deleted task's id")).open());
	}

	static Map<String, Object> taskResult() {
		return Schema.object().required("task", TaskViews.TASK).open();
	}

	private Mono<ToolResult> add(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.post(TASKS, TASKS_PATH, arguments.fields(TaskFields.NAMES)))
			.map(answer -> Answers.of(answer, created -> taskResult("Added", created.object())));
	}

	private Mono<ToolResult> get(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.get(TASKS, path(arguments.id("taskId"))))
			.map(answer -> Answers.of(answer, found -> taskResult("Task", found.object())));
	}

	private Mono<ToolResult> list(Credentials who, Arguments arguments) {
		var query = new Query(TASKS_PATH);
		TaskFilters.apply(arguments, query);
		return api.send(who, ApiCall.get(TASKS, query.toString()))
			.map(answer -> Answers.of(answer, page -> TaskFilters.pageResult(page.object())));
	}

	private Mono<ToolResult> search(Credentials who, Arguments arguments) {
		var query = new Query(TASKS_PATH).add("q", arguments.text("query"));
		TaskFilters.apply(arguments, query);
		return api.send(who, ApiCall.get(TASKS, query.toString()))
			.map(answer -> Answers.of(answer, page -> TaskFilters.pageResult(page.object())));
	}

	private Mono<ToolResult> update(Credentials who, Arguments arguments) {
		var patch = arguments.fields(TaskFields.NAMES);
		if (patch.isEmpty()) {
			throw new InvalidArgumentsException(
					"Give at least one field to change: " + String.join(", ", TaskFields.NAMES));
		}
		return revise(who, arguments.id("taskId"), patch, "Updated");
	}

	private Mono<ToolResult> setPriority(Credentials who, Arguments arguments) {
		return revise(who, arguments.id("taskId"), arguments.fields("priority"), "Priority set:");
	}

	private Mono<ToolResult> revise(Credentials who, String taskId, Map<String, Object> patch, String verb) {
		return api.send(who, ApiCall.patch(TASKS, path(taskId), patch))
			.map(answer -> Answers.of(answer, revised -> taskResult(verb, revised.object())));
	}

	private Mono<ToolResult> delete(Credentials who, Arguments arguments) {
		var taskId = arguments.id("taskId");
		return api.send(who, ApiCall.delete(TASKS, path(taskId)))
			.map(answer -> Answers.of(answer,
					deleted -> ToolResult.success("Deleted task " + taskId, Map.of("taskId", taskId))));
	}

	/** The path of one task; the id checked by {@link Arguments#id}. */
	static String path(String taskId) {
		return TASKS_PATH + "/" + taskId;
	}

	static ToolResult taskResult(String verb, Map<String, Object> task) {
		var view = TaskViews.of(task);
		return ToolResult.success(verb + " " + TaskViews.line(view), Map.of("task", view));
	}

}
