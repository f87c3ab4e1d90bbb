package io.todoplatform.notifications.adapter.in.web;

import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static io.todoplatform.apidocs.JsonSchemas.ofType;
import static io.todoplatform.apidocs.JsonSchemas.properties;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.DocumentedOperation;
import io.todoplatform.apidocs.JsonSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * {@link SnoozePage}: the page a snooze link in an email opens, and the form its buttons
 * post. No token: the link's signature is the proof, so anything but a link this platform
 * made is answered with a 400 page.
 */
@Component
class SnoozePageDocumentation implements OpenApiCustomizer {

	private static final String TAG = "snooze link";

	private static final String HTML = MediaType.TEXT_HTML_VALUE;

	private static final String INVALID = "The link is not one this platform made, or a field is missing or malformed";

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		var link = linkFields();
		var offer = api.operation(GET, SnoozePage.PATH)
			.is("offerSnooze", TAG, "The page of a snooze link: buttons to snooze; opening it changes nothing")
			.withoutParameters();
		link.forEach((name, schema) -> offer
			.parameter(new Parameter().in("query").name(name).required(true).schema(schema)));
		page(offer, 200, "Buttons to snooze for 10 minutes, an hour or a day");
		refused(offer, INVALID);
		var form = linkFields();
		form.put("for", string().pattern(JsonSchemas.DURATION).description("1 minute to 7 days").example("PT10M"));
		var snooze = api.operation(POST, SnoozePage.PATH)
			.is("snoozeFromLink", TAG, "Snooze from a link's page")
			.body(MediaType.APPLICATION_FORM_URLENCODED_VALUE, JsonSchemas.object(form, "reminder", "at", "sig", "for"),
					Map.of("reminder", "0f8fad5b-d9cb-469f-a165-70867728950e", "at", 1796112000000L, "sig", "...",
							"for", "PT10M"));
		page(snooze, 200, "Snoozed: when the reminder fires again");
		refused(snooze, INVALID + ", or for is not 1 minute to 7 days");
		page(snooze, 409, "The reminder cannot be snoozed any more (its task is done)");
		page(snooze, 410, "The reminder no longer fires at the link's time: the link was used");
		snooze.answersWith(413, "ContentTooLarge").answersWith(415, "UnsupportedMediaType");
	}

	private static LinkedHashMap<String, Schema<?>> linkFields() {
		return properties("reminder", string("uuid"), "at",
				ofType("integer").description("The fire time the link " + "is for, in epoch milliseconds"), "sig",
				string().description("The link's signature"));
	}

	/**
	 * A 400 page, or a problem when the request is refused before the page is made (a
	 * malformed query).
	 */
	private static void refused(DocumentedOperation operation, String description) {
		page(operation, 400, description + "; a query refused before the page is made is answered with a problem");
		operation.orAs(400, ApiDocument.PROBLEM_JSON, JsonSchemas.ref(ApiDocument.PROBLEM));
	}

	private static void page(DocumentedOperation operation, int status, String description) {
		operation.answers(status, description, HTML, string());
	}

}
