package io.todoplatform.tasks.adapter.in.web;

import static io.swagger.v3.oas.models.PathItem.HttpMethod.DELETE;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.PATCH;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.DocumentedOperation;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.mergepatch.MergePatchSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The task API's operations as {@link TaskController} and {@link TaskProblems} answer
 * them.
 */
@Component
class TaskApiDocumentation implements OpenApiCustomizer {

	private static final String TAG = "tasks";

	private static final String TASK = "/api/v1/tasks/{id}";

	private static final Map<String, String> THIS_TASK = Map.of("id", "$response.body#/id");

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		ReminderForms.describe(api);
		TaskRules.describe(api.schema("TaskRequest"));
		var patch = MergePatchSchema.of(api.schema("TaskRequest"), "An RFC 7396 merge patch of TaskRequest: a field "
				+ "left out keeps its value, null restores its default (title has none)");
		TaskRules.dueOnce(patch);
		api.schema("TaskPatch", patch);
		var created = api.operation(POST, "/api/v1/tasks")
			.is("createTask", TAG, "Create a task")
			.bodyExample(Map.of("title", "Water the plants", "priority", "HIGH", "tags", List.of("home"), "dueAt",
					"2026-12-01T08:00:00Z", "reminders", List.of(Map.of("before", "PT15M"))))
			.succeeds(201, "The task, as stored")
			.header(201, "Location", "Where the task is",
					string("uri-reference").pattern("^/api/v1/tasks/[0-9a-f-]{36}$"));
		withNextSteps(tagged(created, 201).problem(400, "The task breaks rules; invalid-params names each field"), 201);
		withNextSteps(tagged(api.operation(GET, TASK).is("getTask", TAG, "Read a task").succeeds(200, "The task"), 200)
			.parameter(taskId())
			.problem(404, "You have no such task (malformed ids and other users' tasks too)"), 200);
		TaskListDocumentation
			.describe(
					api.operation(GET, "/api/v1/tasks").is("listTasks", TAG, "Find, filter, sort and page your tasks"))
			.succeeds(200, "One page of tasks")
			.problem(400, "A parameter is not valid; invalid-params names it");
		var revised = api.operation(PATCH, TASK)
			.is("reviseTask", TAG, "Change a task")
			.body(MergePatchSchema.MEDIA_TYPE, JsonSchemas.ref("TaskPatch"),
					Map.of("priority", "LOW", "dueAt", "2026-12-02T08:00:00Z"))
			.parameter(taskId())
			.parameter(new Parameter().in("header")
				.name("If-Match")
				.required(false)
				.schema(string().example("\"0\""))
				.description("Only if the task is still at this version: * or one strong ETag (\"3\"); any other "
						+ "value never matches"))
			.succeeds(200, "The task, changed")
			.problem(400, "The patch is not a JSON object, or the changed task breaks rules (invalid-params)")
			.problem(404, "You have no such task")
			.problem(409, "Another change of the task won meanwhile: read it and try again")
			.problem(412, "The task is no longer at the version If-Match names");
		withNextSteps(tagged(revised, 200), 200);
		for (var action : new String[] { "complete", "reopen" }) {
			withNextSteps(tagged(api.operation(POST, TASK + "/" + action)
				.is(action + "Task", TAG,
						action.equals("complete") ? "Mark a task done (idempotent)"
								: "Mark a task open again (idempotent)")
				.parameter(taskId())
				.succeeds(200, "The task")
				.problem(404, "You have no such task"), 200), 200);
		}
		api.operation(DELETE, TASK)
			.is("deleteTask", TAG, "Delete a task")
			.parameter(taskId())
			.succeeds(204, "Deleted: it is not found any more")
			.problem(404, "You have no such task");
		api.operation(GET, "/api/v1/tags")
			.is("listTags", TAG, "The predefined tags (users may add their own)")
			.succeeds(200, "Tag slugs");
	}

	/** A task answer carries its version as a strong ETag, for If-Match. */
	private static DocumentedOperation tagged(DocumentedOperation operation, int status) {
		return operation.header(status, "ETag", "The task's version", string().pattern("^\"[0-9]+\"$"));
	}

	private static DocumentedOperation withNextSteps(DocumentedOperation operation, int status) {
		return operation.link(status, "GetTask", "getTask", THIS_TASK)
			.link(status, "ReviseTask", "reviseTask",
					Map.of("id", "$response.body#/id", "header.If-Match", "$response.header.ETag"))
			.link(status, "CompleteTask", "completeTask", THIS_TASK)
			.link(status, "ReopenTask", "reopenTask", THIS_TASK)
			.link(status, "DeleteTask", "deleteTask", THIS_TASK);
	}

	private static Parameter taskId() {
		return new Parameter().in("path")
			.name("id")
			.required(true)
			.schema(string("uuid"))
			.description("The task's id; a malformed one names no task (404)");
	}

}
