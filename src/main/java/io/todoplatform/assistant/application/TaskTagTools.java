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
 * Adds or removes one tag of a task, keeping the tags someone else set meanwhile.
 */
@Component
class TaskTagTools implements ToolSet {

	private static final Map<String, Object> INPUT = Schema.object()
		.required("taskId", TaskTools.TASK_ID)
		.required("tag", Schema.string("A lower-case slug of a-z, 0-9 and -, e.g. health"))
		.closed();

	private final TaskRevisions revisions;

	TaskTagTools(PlatformApi api) {
		this.revisions = new TaskRevisions(api);
	}

	@Override
	public List<Entry> entries() {
		return List.of(
				new Entry(
						new Tool("add_tag", "Tag a task",
								"Adds a tag to a task's tags (at most 20); a tag it has already is kept once.",
								Hints.SETS, INPUT, TaskTools.taskResult()),
						(who, arguments) -> change(who, arguments, true)),
				new Entry(new Tool("remove_tag", "Untag a task",
						"Removes a tag from a task's tags; a tag it does not have is no change.", Hints.SETS, INPUT,
						TaskTools.taskResult()), (who, arguments) -> change(who, arguments, false)));
	}

	private Mono<ToolResult> change(Credentials who, Arguments arguments, boolean add) {
		var tag = arguments.text("tag");
		return revisions.revise(who, arguments.id("taskId"), task -> {
			var tags = new ArrayList<Object>(task.get("tags") instanceof List<?> list ? list : List.of());
			if (tags.contains(tag) == add) {
				return null;
			}
			if (add) {
				tags.add(tag);
			}
			else {
				tags.remove(tag);
			}
			return Map.of("tags", tags);
		})
			.map(revised -> Answers.of(revised.answer(),
					task -> TaskTools.taskResult(verb(tag, add, revised.changed()), task.object())));
	}

	private static String verb(String tag, boolean add, boolean changed) {
		if (changed) {
			return (add ? "Tagged " : "Untagged ") + tag + ":";
		}
		return (add ? "Already tagged " : "Had no tag ") + tag + ", nothing changed:";
	}

}
