package io.todoplatform.assistant.application;

import java.util.Map;

import io.todoplatform.assistant.application.port.in.ToolResult;

/**
 * The filters, sort and paging of {@code GET /api/v1/tasks} as tool arguments, and the
 * page it answers as a tool result.
 */
final class TaskFilters {

	static final Map<String, Object> PAGE = Schema.object()
		.required("items", Schema.array("The tasks of this page", TaskViews.TASK, 100))
		.required("page", Schema.integer("This page, from 0", 0, Integer.MAX_VALUE))
		.required("totalItems", Schema.integer("How many tasks match", 0, Integer.MAX_VALUE))
		.required("totalPages", Schema.integer("How many pages there are", 0, Integer.MAX_VALUE))
		.open();

	private TaskFilters() {
	}

	static Schema.Properties input() {
		return input(Schema.object());
	}

	/** The filters as optional arguments, added to the given properties. */
	static Schema.Properties input(Schema.Properties properties) {
		return properties.optional("status", Schema.oneOf("Only tasks with this status", TaskViews.STATUSES))
			.optional("priority",
					Schema.array("Any of these priorities", Schema.oneOf("A priority", TaskViews.PRIORITIES), 4))
			.optional("tags", Schema.array("Only tasks with all of these tags", Schema.string("A tag"), 20))
			.optional("dueFrom", Schema.string("Due at or after this instant, ISO 8601 with offset"))
			.optional("dueTo", Schema.string("Due before this instant, ISO 8601 with offset"))
			.optional("overdue", Schema.bool("Only open tasks past their due time"))
			.optional("sort",
					Schema.array(
							"Sort keys, first first: priority, dueAt, createdAt, updatedAt or title, "
									+ "each optionally followed by ,asc or ,desc (priority,desc)",
							Schema.string("A sort key"), 5))
			.optional("page", Schema.integer("The page, from 0", 0, 10_000))
			.optional("size", Schema.integer("Tasks per page, default 20", 1, 100));
	}

	/** Adds the filters that were given as query parameters, under the API's names. */
	static void apply(Arguments arguments, Query uri) {
		single(arguments, "status", "status", uri);
		arguments.list("priority").forEach(value -> uri.add("priority", value));
		arguments.list("tags").forEach(value -> uri.add("tag", value));
		single(arguments, "dueFrom", "dueFrom", uri);
		single(arguments, "dueTo", "dueTo", uri);
		if (arguments.flag("overdue")) {
			uri.add("overdue", "true");
		}
		arguments.list("sort").forEach(value -> uri.add("sort", value));
		var page = arguments.optionalInteger("page", 0, 10_000);
		if (page != null) {
			uri.add("page", page);
		}
		var size = arguments.optionalInteger("size", 1, 100);
		if (size != null) {
			uri.add("size", size);
		}
	}

	private static void single(Arguments arguments, String name, String parameter, Query uri) {
		var value = arguments.optionalText(name);
		if (value != null) {
			uri.add(parameter, value);
		}
	}

	static ToolResult pageResult(Map<String, Object> page) {
		var items = TaskViews.all(page.get("items"));
		var total = page.get("totalItems");
		var lines = items.isEmpty() ? "No tasks match."
				: String.join("\n", items.stream().map(TaskViews::line).toList());
		var text = "Page " + page.get("page") + " of " + page.get("totalPages") + ", " + total + " tasks in all:\n"
				+ lines;
		var result = new java.util.LinkedHashMap<>(page);
		result.put("items", items);
		return ToolResult.success(text, result);
	}

}
