package io.todoplatform.problems;

import static io.todoplatform.apidocs.JsonSchemas.arrayOf;
import static io.todoplatform.apidocs.JsonSchemas.integer;
import static io.todoplatform.apidocs.JsonSchemas.object;
import static io.todoplatform.apidocs.JsonSchemas.ref;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.LinkedHashMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The problem details every error is answered with, and the errors that any operation may
 * meet before it runs: a request the server cannot read (400), an answer the client does
 * not accept (406), a request line or headers too long for the server (414, 431), and for
 * operations with a body one that is too large (413) or of another media type (415).
 * Modules describe their own errors on their operations.
 */
@Component
class ProblemDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		var problem = JsonSchemas.ref(ApiDocument.PROBLEM);
		api.schema("InvalidParam", invalidParam())
			.schema(ApiDocument.PROBLEM, problem())
			.response("MalformedRequest",
					"The request is malformed: a parameter, the path or the body cannot be read; "
							+ "invalid-params names each offending part",
					problem)
			.response("NotAcceptable", "The client accepts none of the media types this operation answers with",
					problem)
			.response("UriTooLong", "The request line is longer than the server reads (4096 bytes)", problem)
			.response("HeadersTooLarge", "The request headers are larger than the server reads (8 KiB)", problem)
			.response("ContentTooLarge", BodyLimit.MESSAGE, problem)
			.response("UnsupportedMediaType", "The body is not of the media type this operation takes", problem);
		for (var operation : api.operations()) {
			operation.answersWithUnlessDescribed(400, "MalformedRequest")
				.answersWithUnlessDescribed(406, "NotAcceptable")
				.answersWithUnlessDescribed(414, "UriTooLong")
				.answersWithUnlessDescribed(431, "HeadersTooLarge");
			if (operation.takesBody()) {
				operation.answersWithUnlessDescribed(413, "ContentTooLarge")
					.answersWithUnlessDescribed(415, "UnsupportedMediaType");
			}
		}
	}

	private static Schema<?> invalidParam() {
		var properties = new LinkedHashMap<String, Schema<?>>();
		properties.put("name",
				string().description("The field or parameter, e.g. title, tags[2], push[0].url").example("title"));
		properties.put("reason", string().description("What is wrong with it").example("is required"));
		return object(properties, "name", "reason").description("One offending part of a refused request");
	}

	private static Schema<?> problem() {
		var properties = new LinkedHashMap<String, Schema<?>>();
		properties.put("type",
				string("uri").pattern("^" + Problems.TYPE_PREFIX + "[a-z0-9-]+$")
					.description("Stable per kind of problem: clients branch on it")
					.example(Problems.TYPE_PREFIX + "invalid-request"));
		properties.put("title", string().description("The HTTP status' reason phrase").example("Bad Request"));
		properties.put("status", integer(400, 599).example(400));
		properties.put("detail", string().description("What went wrong, for people")
			.example("The request breaks 2 rules; see invalid-params"));
		properties.put("instance",
				string("uri-reference")
					.description("The path of the request; absent when the "
							+ "request could not be read as HTTP (a 414, 431 or 400 from the protocol decoder)")
					.example("/api/v1/tasks"));
		properties.put("invalid-params",
				arrayOf(ref("InvalidParam")).description("For a refused request: every offending field or parameter"));
		var problem = object(properties, "type", "title", "status", "detail");
		problem.setAdditionalProperties(null);
		return problem.description("RFC 9457 problem details");
	}

}
