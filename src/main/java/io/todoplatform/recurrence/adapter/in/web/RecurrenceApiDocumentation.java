package io.todoplatform.recurrence.adapter.in.web;

import static io.swagger.v3.oas.models.PathItem.HttpMethod.DELETE;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.PATCH;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static io.todoplatform.apidocs.JsonSchemas.arrayOf;
import static io.todoplatform.apidocs.JsonSchemas.object;
import static io.todoplatform.apidocs.JsonSchemas.properties;
import static io.todoplatform.apidocs.JsonSchemas.ref;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.DocumentedOperation;
import io.todoplatform.mergepatch.MergePatchSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The recurrence API's operations as {@link RecurrenceController} and
 * {@link RecurrenceProblems} answer them.
 */
@Component
class RecurrenceApiDocumentation implements OpenApiCustomizer {

	private static final String TAG = "recurring tasks";

	private static final String SERIES = "/api/v1/recurring-tasks/{id}";

	private static final String RECURRING_TASK = "RecurringTask";

	private static final String INVALID = "The rule, the schedule or the template breaks rules; invalid-params names "
			+ "each field";

	/**
	 * What Spring's conversion reads as a boolean: trimmed, in any case; empty is the
	 * default.
	 */
	private static final String SPRING_BOOLEAN = "^(?:[\\u0000-\\u0020]*(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Oo][Nn]|"
			+ "[Oo][Ff][Ff]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)[\\u0000-\\u0020]*)?$";

	private static final String CONFLICT = "Another change of the recurring task won meanwhile: try again";

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		api.schema("OccurrencePreview",
				object(properties("occurrences", arrayOf(string().pattern(RecurrenceTexts.OCCURRENCE))
					.description("In order; fewer than limit once the rule ends")), "occurrences"));
		api.schema("StartedRecurringTask", object(properties("series", ref(RECURRING_TASK), "firstTaskId",
				string("uuid").description("The task of the first occurrence")), "series", "firstTaskId"));
		api.schema("RecurringTaskList",
				object(properties("items", arrayOf(ref(RECURRING_TASK)).description("Without upcoming occurrences")),
						"items"));
		api.schema("RecurringTaskPatch", MergePatchSchema.of(api.schema("RecurringTaskRequest"), "An RFC 7396 merge "
				+ "patch of RecurringTaskRequest: a field left out keeps its value, null restores its default"));
		List.of("RecurringTaskRequest", "RecurringTaskPatch", "PreviewRequest")
			.forEach(schedule -> ScheduleRules.describe(api.schema(schedule)));
		api.operation(POST, "/api/v1/recurrence/preview")
			.is("previewRecurrence", TAG, "The occurrences a rule makes")
			.bodyExample(Map.of("rrule", "FREQ=MONTHLY;BYDAY=-1FR", "dtstart", "2026-11-27T17:00:00", "timeZone",
					"Europe/Berlin", "limit", 3))
			.json(200, "The occurrences, as offset date-times in the zone or dates", ref("OccurrencePreview"))
			.problem(400, INVALID);
		var started = api.operation(POST, "/api/v1/recurring-tasks")
			.is("startRecurringTask", TAG, "Start a recurring task: its first occurrence becomes a task")
			.bodyExample(Map.of("title", "Water the plants", "rrule", "FREQ=WEEKLY;BYDAY=MO,TH", "dtstart",
					"2026-11-23T08:00:00", "timeZone", "Europe/Berlin"))
			.succeeds(201, "Started")
			.json(201, "Started", ref("StartedRecurringTask"))
			.header(201, "Location", "Where the recurring task is",
					string("uri-reference").pattern("^/api/v1/recurring-tasks/[0-9a-f-]{36}$"))
			.problem(400, INVALID);
		withNextSteps(started, 201, "$response.body#/series/id");
		api.operation(GET, "/api/v1/recurring-tasks")
			.is("listRecurringTasks", TAG, "Your recurring tasks")
			.json(200, "Every recurring task, active or stopped", ref("RecurringTaskList"));
		withNextSteps(found(api.operation(GET, SERIES)
			.is("getRecurringTask", TAG, "Read a recurring task")
			.succeeds(200, "The recurring task with its next occurrences")), 200, "$response.body#/id");
		withNextSteps(found(api.operation(PATCH, SERIES)
			.is("reviseRecurringTask", TAG, "Change a recurring task: occurrences made from now on follow it")
			.body(MergePatchSchema.MEDIA_TYPE, ref("RecurringTaskPatch"), Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU")))
			.succeeds(200, "The recurring task, changed")
			.problem(400, INVALID + ", or the patch is not an object")
			.problem(409, CONFLICT), 200, "$response.body#/id");
		found(api.operation(POST, SERIES + "/skip")
			.is("skipOccurrence", TAG, "Skip the open occurrence: it is marked SKIPPED and the next one made"))
			.succeeds(200, "The recurring task, moved on")
			.problem(409, "The recurring task is stopped, or another change won meanwhile");
		found(api.operation(DELETE, SERIES).is("stopRecurringTask", TAG, "Stop a recurring task"))
			.parameter(new Parameter().in("query")
				.name("deleteOpenInstance")
				.required(false)
				.schema(string().pattern(SPRING_BOOLEAN)._default("false").example("true"))
				.description(
						"Also delete its open occurrence: true, false (the default), or what Spring reads as them"))
			.succeeds(204, "Stopped: no more occurrences are made")
			.problem(409, CONFLICT);
	}

	private static DocumentedOperation found(DocumentedOperation operation) {
		return operation
			.parameter(new Parameter().in("path")
				.name("id")
				.required(true)
				.schema(string("uuid"))
				.description("The recurring task's id; a malformed one names none (404)"))
			.problem(404, "You have no such recurring task");
	}

	private static void withNextSteps(DocumentedOperation operation, int status, String id) {
		var parameters = Map.of("id", id);
		operation.link(status, "GetRecurringTask", "getRecurringTask", parameters)
			.link(status, "ReviseRecurringTask", "reviseRecurringTask", parameters)
			.link(status, "SkipOccurrence", "skipOccurrence", parameters)
			.link(status, "StopRecurringTask", "stopRecurringTask", parameters);
	}

}
