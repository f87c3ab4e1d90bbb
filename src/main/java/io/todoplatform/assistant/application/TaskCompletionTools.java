package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
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
 * Completes and reopens tasks. Completing an occurrence of a recurring task makes the
 * recurrence module create the next one, after the completion's event reaches it: the
 * tool waits a little for that task, so that the user hears what comes next.
 */
@Component
class TaskCompletionTools implements ToolSet {

	private static final Map<String, Object> INPUT = Schema.object().required("taskId", TaskTools.TASK_ID).closed();

	private final PlatformApi api;

	private final OccurrenceTasks occurrences;

	TaskCompletionTools(PlatformApi api, OccurrenceTasks occurrences) {
		this.api = api;
		this.occurrences = occurrences;
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
			return occurrences.awaitNext(who, seriesId, taskId).map(next -> {
				var result = new LinkedHashMap<>(done.structured());
				result.put("next", next);
				return ToolResult.success(done.text() + ". Next occurrence: " + TaskViews.line(next), result);
			})
				.defaultIfEmpty(ToolResult.success(done.text() + ". Its next occurrence, if the series goes on, will "
						+ "appear shortly (list_tasks with status OPEN).", done.structured()));
		});
	}

	private Mono<ToolResult> reopen(Credentials who, Arguments arguments) {
		return api.send(who, ApiCall.post(TASKS, TaskTools.path(arguments.id("taskId")) + "/reopen", null))
			.map(answer -> Answers.of(answer, reopened -> TaskTools.taskResult("Reopened", reopened.object())));
	}

}
