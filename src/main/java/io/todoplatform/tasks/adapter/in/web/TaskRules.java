package io.todoplatform.tasks.adapter.in.web;

import static io.todoplatform.apidocs.JsonSchemas.ofType;
import static io.todoplatform.apidocs.JsonSchemas.properties;

import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The rules between the fields of a new task that JSON Schema can state
 * ({@link io.todoplatform.tasks.domain.TaskDetails} checks them): a task is due at an
 * instant or on a day, not both; a reminder that counts from the due time needs one. A
 * merge patch is held to the first only: the task it changes may already have the due
 * time the patch lacks.
 */
final class TaskRules {

	private TaskRules() {
	}

	static void describe(Schema<?> task) {
		dueOnce(task);
		var relative = new JsonSchema().anyOf(List.of(given("before", "string"), given("daysBefore", "integer")));
		task._if(new JsonSchema().required(List.of("reminders"))
			.properties(new LinkedHashMap<>(properties("reminders", ofType("array").contains(relative)))))
			.then(new JsonSchema().anyOf(List.of(given("dueAt", "string"), given("dueDate", "string"))));
	}

	/**
	 * Due at an instant or on a day, not both: also in a patch, whose fields replace the
	 * task's.
	 */
	static void dueOnce(Schema<?> document) {
		document.not(new JsonSchema().required(List.of("dueAt", "dueDate"))
			.properties(new LinkedHashMap<>(properties("dueAt", ofType("string"), "dueDate", ofType("string")))));
	}

	/** The field is there and not null. */
	private static Schema<?> given(String field, String type) {
		return new JsonSchema().required(List.of(field))
			.properties(new LinkedHashMap<>(properties(field, ofType(type))));
	}

}
