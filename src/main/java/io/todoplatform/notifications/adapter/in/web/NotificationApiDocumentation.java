package io.todoplatform.notifications.adapter.in.web;

import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.PUT;
import static io.todoplatform.apidocs.JsonSchemas.arrayOf;
import static io.todoplatform.apidocs.JsonSchemas.instant;
import static io.todoplatform.apidocs.JsonSchemas.integer;
import static io.todoplatform.apidocs.JsonSchemas.object;
import static io.todoplatform.apidocs.JsonSchemas.properties;
import static io.todoplatform.apidocs.JsonSchemas.ref;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.notifications.application.port.in.ManageReminders;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The reminders and settings API as {@link ReminderController},
 * {@link SettingsController} and {@link NotificationProblems} answer them; destinations
 * as {@code SettingsRules} checks them.
 */
@Component
class NotificationApiDocumentation implements OpenApiCustomizer {

	static final String RULE = "#/components/schemas/ReminderRule";
	static final String PUSH_INPUT = "#/components/schemas/PushEndpointRequest";

	/**
	 * SettingsRules' address form with Java's {@code \s} spelled out (JSON Schema's is
	 * wider).
	 */
	private static final String ADDRESS = "[^@ \\t\\n\\u000B\\f\\r]{1,64}@[^@ \\t\\n\\u000B\\f\\r.]+"
			+ "(?:\\.[^@ \\t\\n\\u000B\\f\\r.]+)+";
	static final String EMAIL = "^" + ADDRESS + "$";

	/** As sent: the address may have white space around it, which is trimmed. */
	static final String EMAIL_INPUT = "^[" + JsonSchemas.TRIMMED + "]*" + ADDRESS + "[" + JsonSchemas.TRIMMED + "]*$";

	/**
	 * Characters java.net.URI never takes in a URL as they are: control and space
	 * characters, and a few others.
	 */
	private static final String NEVER = "\\u0000-\\u0020\\u007F-\\u00A0%\"<>\\\\^`{|}\\u1680\\u2000-\\u200A\\u2028\\u2029"
			+ "\\u202F\\u205F\\u3000";

	private static final String URL_CHAR = "(?:[^" + NEVER + "]|%[0-9A-Fa-f]{2})";

	private static final String USER_CHAR = "(?:[^" + NEVER + "@/?#]|%[0-9A-Fa-f]{2})";

	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";

	/**
	 * What java.net.URI reads as an http(s) URL with a host, and a little more (the
	 * server has the last word).
	 */
	private static final String URL = "^https?://(?:" + USER_CHAR + "*@)?(?:" + LABEL + "(?:\\." + LABEL + ")*\\.?|"
			+ "\\[(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]{0,15}])(?::[0-9]{0,10})?(?:[/?#]" + URL_CHAR + "*)?$";

	private static final String REMINDERS = "reminders";

	private static final String SETTINGS = "notification settings";

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		api.schema("ReminderRule", rule())
			.schema("PushEndpointRequest", pushRequest())
			.schema("PushEndpoint", pushAnswer())
			.withoutSchema("PushInput");
		api.operation(GET, "/api/v1/reminders")
			.is("listReminders", REMINDERS, "Your reminders, by fire time")
			.parameter(new Parameter().in("query")
				.name("taskId")
				.required(false)
				.schema(string("uuid"))
				.description("Only the reminders of this task"))
			.json(200, "At most " + ManageReminders.MOST_LISTED + " reminders",
					arrayOf(ref("Reminder")).maxItems(ManageReminders.MOST_LISTED))
			.problem(400, "taskId is not a UUID");
		api.operation(POST, "/api/v1/reminders/{id}/snooze")
			.is("snoozeReminder", REMINDERS, "Fire a reminder again later")
			.parameter(new Parameter().in("path")
				.name("id")
				.required(true)
				.schema(string("uuid"))
				.description("The reminder's id; a malformed one names none (404)"))
			.bodyExample(Map.of("for", "PT10M"))
			.succeeds(200, "The reminder, SCHEDULED again")
			.problem(400, "for is missing or not 1 minute to 7 days")
			.problem(404, "You have no such reminder")
			.problem(409, "Its task is done or gone, or the reminder kept changing meanwhile: send it again");
		api.operation(GET, SettingsController.PATH)
			.is("getNotificationSettings", SETTINGS, "Where your reminders go (webhook secrets are never shown)")
			.succeeds(200, "Your settings; empty if you never saved any");
		api.operation(PUT, SettingsController.PATH)
			.is("putNotificationSettings", SETTINGS, "Replace where your reminders go")
			.bodyExample(Map.of("email", "alice@example.org", "push",
					List.of(Map.of("type", "webhook", "url", "https://example.org/hooks/todo", "secret",
							"a-secret-of-16-chars-or-more"))))
			.succeeds(200, "The settings, as stored")
			.problem(400, "An address or endpoint is not valid; invalid-params names it (email, push[1].url, ...)");
	}

	/**
	 * One reminder rule as the tasks module stated it: the fields of exactly one form.
	 */
	private static Schema<?> rule() {
		return new JsonSchema()
			.oneOf(List.of(
					object(properties("before", string().pattern(JsonSchemas.DURATION).example("PT15M")), "before"),
					object(properties("daysBefore", integer(0, 366), "atTime",
							string().pattern("^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$")), "daysBefore",
							"atTime"),
					object(properties("at", instant()), "at")))
			.description("The rule of the task's reminder this reminder comes from");
	}

	/**
	 * SettingsRules' push endpoints: the fields the type does not use are ignored when
	 * sent.
	 */
	private static Schema<?> pushRequest() {
		var ignored = JsonSchemas.orNull(string());
		var webhook = object(properties("type", string()._const("webhook"), "url",
				string().maxLength(2048)
					.pattern(URL)
					.example("https://example.org/hooks/todo")
					.description("An absolute http or https URL with a host"),
				"secret", string().minLength(16).maxLength(256).description("Signs each request (HMAC-SHA256)"),
				"token", ignored), "type", "url", "secret");
		var fcm = object(properties("type", string()._const("fcm"), "token",
				string().maxLength(4096)
					.pattern("^[^" + JsonSchemas.TRIMMED + "]+$")
					.description("The FCM registration token"),
				"url", JsonSchemas.orNull(string()), "secret", JsonSchemas.orNull(string())), "type", "token");
		return new JsonSchema().oneOf(List.of(webhook, fcm)).description("A webhook, or a device through Firebase");
	}

	private static Schema<?> pushAnswer() {
		return new JsonSchema()
			.oneOf(List.of(object(properties("type", string()._const("webhook"), "url", string()), "type", "url"),
					object(properties("type", string()._const("fcm"), "token", string()), "type", "token")));
	}

}
