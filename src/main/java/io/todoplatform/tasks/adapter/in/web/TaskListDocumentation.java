package io.todoplatform.tasks.adapter.in.web;

import static io.todoplatform.apidocs.JsonSchemas.arrayOf;
import static io.todoplatform.apidocs.JsonSchemas.instant;
import static io.todoplatform.apidocs.JsonSchemas.integer;
import static io.todoplatform.apidocs.JsonSchemas.ofType;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.DocumentedOperation;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.tasks.domain.Priority;
import io.todoplatform.tasks.domain.Tag;
import io.todoplatform.tasks.domain.TaskQuery;
import io.todoplatform.tasks.domain.TaskStatus;

/**
 * The parameters of {@code GET /tasks} as {@link TaskListParameters} reads them (the
 * controller takes them from the exchange, so nothing is generated for them).
 */
final class TaskListDocumentation {

	private static final String SORT_KEY = "(?:priority|dueAt|createdAt|updatedAt|title)";

	private static final String DIRECTION = "(?:,(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc]))?";

	private TaskListDocumentation() {
	}

	static DocumentedOperation describe(DocumentedOperation list) {
		var instant = instant().example("2026-12-01T00:00:00Z");
		return list
			.parameter(query("q",
					"Full-text search (PostgreSQL websearch syntax: \"a phrase\", or, -not); "
							+ "ordered by relevance unless sort is given",
					string().minLength(1)
						.maxLength(TaskQuery.MAX_TEXT_LENGTH)
						.pattern("[^" + JsonSchemas.TRIMMED + "]")
						.example("plants")))
			.parameter(query("status", "Only tasks of this status", enumOf(TaskStatus.values())))
			.parameter(query("seriesId", "Only the occurrences of this recurring task", string("uuid")))
			.parameter(query("priority", "Any of these priorities (repeat the parameter)",
					arrayOf(enumOf(Priority.values()))))
			.parameter(query("tag", "All of these tags (repeat the parameter)",
					arrayOf(string().pattern("^" + Tag.SLUG_FORM + "$").example("home"))))
			.parameter(
					query("dueFrom", "Due at or after this instant (all-day tasks: the start of their day)", instant))
			.parameter(query("dueTo", "Due at or before this instant; not before dueFrom", instant))
			.parameter(query("overdue", "true: only open tasks past their due time", ofType("boolean")))
			.parameter(query("sort",
					"key[,asc|desc], repeated for more keys; tasks without a due time come last. "
							+ "Default: priority (most important first), due time, creation",
					arrayOf(string().pattern("^" + SORT_KEY + DIRECTION + "$").example("dueAt,asc"))))
			.parameter(query("page", "0-based", integer(0, Integer.MAX_VALUE)._default(0)))
			.parameter(
					query("size", "Tasks per page", integer(1, TaskQuery.MAX_SIZE)._default(TaskQuery.DEFAULT_SIZE)));
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		var parameter = new Parameter().in("query").name(name).description(description).required(false).schema(schema);
		return "array".equals(schema.getTypes().iterator().next())
				? parameter.style(Parameter.StyleEnum.FORM).explode(true) : parameter;
	}

	private static Schema<?> enumOf(Enum<?>[] values) {
		return string()._enum(new ArrayList<>(Arrays.stream(values).map(Enum::name).toList()));
	}

}
