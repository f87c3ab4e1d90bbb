package io.todoplatform.assistant.application;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.out.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.todoplatform.assistant.application.port.out.ApiCall.Service.TASKS;

/**
 * Completes and reopens tasks. Completing an occurrence of a recurring task makes the
 * recurrence module create the next one, after the completion's event reaches it: the
 * tool waits a little for that task, so that the user hears what comes next.
 */
@Component
class TaskCompletionTools implements ToolSet {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	private static final Map<String, Object> INPUT = Schema.object().required("taskId", TaskTools.TASK_ID).closed();

	private final PlatformApi api;

	private final Duration nextOccurrenceWait;

	TaskCompletionTools(PlatformApi api,
			@Value("${todo.assistant.tools.next-occurrence-wait:5s}") Duration nextOccurrenceWait) {
		this.api = api;
		this.nextOccurrenceWait = nextOccurrenceWait;
	}

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(new Tool("complete_task", "Complete a task",
				"Marks a task done. For an occurrence of a recurring task the answer also has the next occurrence "
						+ "(next), once it exists; completing a done task again changes nothing.",
				Hints.SETS, INPUT,
				Schema.object().required("task", TaskViews.TASK).optional("next", TaskViews.TASK).open()),
				this::complete),
				new Entry(new Tool("reopen_task", "Reopen a task", "Marks a done task open again.", Hints.SETS, INPUT,
						TaskTools.taskResult()), this::reopen));
	}

	private Mono<ToolResult> complete(Credentials who, Arguments arguments) {
		var taskId = arguments.id("taskId");
		return api.send(who, ApiCall.post(TASKS, TaskTools.path(taskId) + "/complete", null)).flatMap(answer -> {
			if (!answer.ok()) {
				return Mono.just(Answers.refusal(answer));
			}
			var done = TaskTools.taskResult("Completed", answer.object());
			if (!(answer.object().get("seriesId") instanceof String seriesId)) {
				return Mono.just(done);
			}
			return next(who, seriesId, taskId).map(next -> {
				var result = new LinkedHashMap<>(done.structured());
				result.put("next", next);
				return ToolResult.success(done.text() + ". Next occurrence: " + TaskViews.line(next), result);
			})
				.defaultIfEmpty(ToolResult.success(done.text() + ". Its next occurrence, if the series goes on, will "
						+ "appear shortly (list_tasks with status OPEN).", done.structured()));
		});
	}

	/**
	 * The series' open occurrence other than the one completed, once the recurrence
	 * module has created it; empty if it does not appear in time (or the series ended).
	 */
	private Mono<Map<String, Object>> next(Credentials who, String seriesId, String completedId) {
		var query = new Query(TaskTools.TASKS_PATH).add("seriesId", seriesId)
			.add("status", "OPEN")
			.add("sort", "dueAt,asc");
		return api.send(who, ApiCall.get(TASKS, query.toString()))
			.mapNotNull(page -> TaskViews.all(page.object().get("items"))
				.stream()
				.filter(task -> !completedId.equals(task.get("id")))
				.findFirst()
				.orElse(null))
			.repeatWhenEmpty(attempts -> attempts.delayElements(POLL_INTERVAL))
			.timeout(nextOccurrenceWait, Mono.empty())
			// The task is done either way: a failed look for the next one is no failure
			// of it.
			.onErrorResume(e -> Mono.empty());
	}

	private Mono<ToolResult> reopen(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.post(TASKS, TaskTools.path(arguments.id("taskId")) + "/reopen", null))
			.map(answer -> Answers.of(answer, reopened -> TaskTools.taskResult("Reopened", reopened.object())));
	}

}
