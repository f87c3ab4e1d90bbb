package io.todoplatform.apidocs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the document is about, and the schemas every module shares. The modules' web
 * adapters describe their own operations.
 */
@Component
class ApiInfo implements OpenApiCustomizer {

	/**
	 * A {@link java.time.ZoneOffset} id: hours, minutes and seconds up to 18:00:00 either
	 * way.
	 */
	private static final String OFFSET = "[+-](?:[0-9]|(?:0[0-9]|1[0-7])(?::[0-5][0-9](?::[0-5][0-9])?|[0-5][0-9]"
			+ "(?:[0-5][0-9])?)?|18(?::00(?::00)?|0000|00)?)";

	@Override
	public void customise(OpenAPI api) {
		api.info(new Info().title("Todo Platform API")
			.version("1")
			.description(
					"Tasks, recurring tasks and reminders of the signed-in user. Every error is an RFC 9457 problem "
							+ "(application/problem+json) with a stable type urn:todo-platform:problem:<kind>; a refused "
							+ "request changes nothing and names each offending field in invalid-params."));
		ApiDocument.of(api).schema("TimeZone", timeZone());
	}

	/**
	 * Every id {@link ZoneId#of(String)} reads: a region of the time-zone database, or a
	 * fixed offset.
	 */
	private static Schema<?> timeZone() {
		List<Object> regions = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
		var offset = JsonSchemas.string().pattern("^(?:Z|UTC|GMT|UT|(?:UTC|GMT|UT)?" + OFFSET + ")$");
		return new JsonSchema()
			.anyOf(List.of(JsonSchemas.string().description("A region").example("Europe/Berlin")._enum(regions),
					offset.description("A fixed offset from UTC").example("+01:00")))
			.description("An IANA time zone id (Europe/Berlin) or a fixed offset (Z, +01:00, UTC+1)")
			.example("Europe/Berlin");
	}

}
