package io.todoplatform.tasks.adapter.in.web;

import static io.todoplatform.apidocs.JsonSchemas.instant;
import static io.todoplatform.apidocs.JsonSchemas.integer;
import static io.todoplatform.apidocs.JsonSchemas.nothing;
import static io.todoplatform.apidocs.JsonSchemas.object;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.tasks.domain.ReminderRule;

/**
 * The three forms of a task's reminder
 * ({@link io.todoplatform.tasks.domain.ReminderFields}) as JSON Schema: each item has the
 * fields of exactly one form; in a request the other fields may be sent, but only as
 * null; an answer has only its form's fields and when it fires.
 */
final class ReminderForms {

	static final String REQUEST = "TaskReminderRequest";
	static final String RESPONSE = "TaskReminder";

	private static final String TIME = "^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9]";

	private ReminderForms() {
	}

	static void describe(ApiDocument api) {
		api.schema(REQUEST, forms(false, "One reminder, in exactly one form"))
			.schema(RESPONSE, forms(true, "One reminder as given, and when it fires"))
			.withoutSchema("ReminderFields");
		api.property("TaskRequest", "reminders").items(JsonSchemas.ref(REQUEST));
	}

	private static Schema<?> forms(boolean answer, String description) {
		return new JsonSchema()
			.oneOf(List.of(form(answer, "before"), form(answer, "daysBefore", "atTime"), form(answer, "at")))
			.description(description);
	}

	private static Schema<?> form(boolean answer, String... names) {
		var fields = fields(answer);
		var properties = new LinkedHashMap<String, Schema<?>>();
		fields.forEach((name, schema) -> {
			if (List.of(names).contains(name)) {
				properties.put(name, schema);
			}
			else if (!answer) {
				properties.put(name, nothing());
			}
		});
		if (!answer) {
			return object(properties, names);
		}
		properties.put("fireAt", instant().description("When it fires: moves with the task's due time"));
		var required = new ArrayList<>(List.of(names));
		required.add("fireAt");
		return object(properties, required.toArray(String[]::new));
	}

	private static Map<String, Schema<?>> fields(boolean answer) {
		var days = ReminderRule.LONGEST.toDays();
		var fields = new LinkedHashMap<String, Schema<?>>();
		fields.put("before",
				string().pattern(JsonSchemas.DURATION)
					.example("PT15M")
					.description("An ISO 8601 duration before the due time, 0 to " + days + " days"));
		fields.put("daysBefore", integer(0, days).example(1).description("Days before the due day"));
		fields.put("atTime",
				string().pattern(TIME + (answer ? ")?$" : "(?:\\.[0-9]{0,9})?)?$"))
					.example("18:00")
					.description("The local time in the task's timeZone, to the second"));
		fields.put("at", instant().example("2026-12-01T09:00:00Z").description("An instant"));
		return fields;
	}

}
