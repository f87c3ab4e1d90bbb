package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.Tool.Hints;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.client.ApiCall;
import io.todoplatform.assistant.application.port.out.PlatformApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static io.todoplatform.client.ApiCall.Service.TASKS;

/**
 * Tools for many tasks at once: one API call per item, each item succeeding or failing on
 * its own (the API has no batch of its own, and one bad item must not cost the others).
 * The call fails as a whole only when the batch itself is bad.
 */
@Component
class TaskBatchTools implements ToolSet {

	private static final Logger log = LoggerFactory.getLogger(TaskBatchTools.class);

	static final int MOST = 50;

	/** Calls in flight at once for one batch: quick, without crowding out other users. */
	private static final int AT_ONCE = 4;

	private static final Map<String, Object> NEW_TASK = TaskFields.input().closed();

	private static final Map<String, Object> ITEM = Schema.object()
		.required("index", Schema.integer("The item's place in the batch, from 0", 0, MOST - 1))
		.required("ok", Schema.bool("Whether this item succeeded"))
		.optional("task", TaskViews.TASK)
		.optional("error", Schema.string("Why this item failed"))
		.optional("problem", Schema.anyObject("The failure as a problem (RFC 9457)"))
		.open();

	private static final Map<String, Object> RESULT = Schema.object()
		.required("items", Schema.array("One result per item, in the order given", ITEM, MOST))
		.required("succeeded", Schema.integer("How many items succeeded", 0, MOST))
		.required("failed", Schema.integer("How many items failed", 0, MOST))
		.open();

	private final PlatformApi api;

	TaskBatchTools(PlatformApi api) {
		this.api = api;
	}

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(new Tool("add_tasks", "Add tasks",
				"Adds up to 50 tasks, each with the fields of add_task. Each item is added or refused on its own; "
						+ "the result lists them in the order given, numbered from 0. " + TaskTools.DATES,
				Hints.ADDS, Schema.object().required("tasks", Schema.array("1 to 50 tasks", NEW_TASK, MOST)).closed(),
				RESULT), this::add),
				new Entry(new Tool("complete_tasks", "Complete tasks",
						"Marks up to 50 tasks done. Each is completed or refused on its own; the result lists "
								+ "them in the order given, numbered from 0.",
						Hints.SETS,
						Schema.object()
							.required("taskIds", Schema.array("1 to 50 task ids", TaskTools.TASK_ID, MOST))
							.closed(),
						RESULT), this::complete));
	}

	@SuppressWarnings("unchecked")
	private Mono<ToolResult> add(Credentials who, Arguments arguments) {
		return each(batch(arguments, "tasks"), "added", item -> {
			if (!(item instanceof Map<?, ?> task)) {
				throw new InvalidArgumentsException("A task must be an object with the fields of add_task");
			}
			var fields = Arguments.of((Map<String, Object>) task, NEW_TASK).fields(TaskFields.NAMES);
			return api.send(who, ApiCall.post(TASKS, TaskTools.TASKS_PATH, fields))
				.map(answer -> Answers.of(answer, created -> TaskTools.taskResult("Added", created.object())));
		});
	}

	private Mono<ToolResult> complete(Credentials who, Arguments arguments) {
		return each(batch(arguments, "taskIds"), "completed",
				item -> api
					.send(who, ApiCall.post(TASKS, TaskTools.path(Arguments.id("taskId", item)) + "/complete", null))
					.map(answer -> Answers.of(answer, done -> TaskTools.taskResult("Completed", done.object()))));
	}

	private static List<?> batch(Arguments arguments, String name) {
		var items = arguments.list(name);
		if (items.isEmpty() || items.size() > MOST) {
			throw new InvalidArgumentsException(name + " must hold 1 to " + MOST + " items, not " + items.size());
		}
		return items;
	}

	private Mono<ToolResult> each(List<?> items, String done, Function<Object, Mono<ToolResult>> call) {
		return Flux.range(0, items.size())
			.flatMapSequential(index -> Mono.defer(() -> call.apply(items.get(index)))
				.onErrorResume(e -> Mono.just(failure(e)))
				.map(result -> new Item(index, result)), AT_ONCE)
			.collectList()
			.map(results -> summary(results, done));
	}

	private static ToolResult failure(Throwable e) {
		if (e instanceof InvalidArgumentsException invalid) {
			return ToolResult.invalid(invalid.getMessage());
		}
		log.warn("An item of a batch failed", e);
		return Answers.unavailable();
	}

	private record Item(int index, ToolResult result) {

		Map<String, Object> structured() {
			var item = new LinkedHashMap<String, Object>();
			item.put("index", index);
			item.put("ok", !result.error());
			if (result.error()) {
				item.put("error", result.text());
				item.put("problem", result.structured());
			}
			else {
				item.put("task", result.structured().get("task"));
			}
			return item;
		}

		String line() {
			return "item " + index + ": " + result.text();
		}

	}

	/** "3 added, 1 failed: item 2: title: ...", then a line per item. */
	private static ToolResult summary(List<Item> items, String done) {
		var failed = items.stream().filter(item -> item.result().error()).toList();
		var succeeded = items.size() - failed.size();
		var text = succeeded + " " + done + ", " + failed.size() + " failed"
				+ (failed.isEmpty() ? "" : ": " + String.join("; ", failed.stream().map(Item::line).toList())) + "\n"
				+ String.join("\n", items.stream().filter(item -> !item.result().error()).map(Item::line).toList());
		return ToolResult.success(text.strip(), Map.of("items", items.stream().map(Item::structured).toList(),
				"succeeded", succeeded, "failed", failed.size()));
	}

}
