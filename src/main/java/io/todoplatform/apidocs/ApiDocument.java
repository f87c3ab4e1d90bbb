package io.todoplatform.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The OpenAPI document as a web adapter describes its part of it. An operation or schema
 * that is named but does not exist fails the document, so that a renamed mapping cannot
 * leave its description behind unnoticed.
 */
public final class ApiDocument {

	/**
	 * The component every error response refers to: an RFC 9457 problem (registered by
	 * the problems module).
	 */
	public static final String PROBLEM = "Problem";

	/**
	 * The component of a time zone id as {@link java.time.ZoneId#of(String)} reads it
	 * (see {@link ApiInfo}).
	 */
	public static final String TIME_ZONE = "#/components/schemas/TimeZone";

	public static final String JSON = "application/json";

	public static final String PROBLEM_JSON = "application/problem+json";

	private final OpenAPI api;

	private ApiDocument(OpenAPI api) {
		this.api = api;
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		if (api.getComponents().getSchemas() == null) {
			api.getComponents().setSchemas(new LinkedHashMap<>());
		}
	}

	public static ApiDocument of(OpenAPI api) {
		return new ApiDocument(api);
	}

	public DocumentedOperation operation(HttpMethod method, String path) {
		var item = api.getPaths() == null ? null : api.getPaths().get(path);
		var operation = item == null ? null : item.readOperationsMap().get(method);
		if (operation == null) {
			throw new IllegalStateException("The API has no operation " + method + " " + path + " to describe");
		}
		return new DocumentedOperation(method, path, operation);
	}

	/**
	 * Every operation, for descriptions that hold for all of them (or for all under a
	 * path).
	 */
	public List<DocumentedOperation> operations() {
		var operations = new ArrayList<DocumentedOperation>();
		if (api.getPaths() != null) {
			api.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> operations.add(new DocumentedOperation(method, path, operation))));
		}
		return operations;
	}

	/**
	 * A component schema that exists, generated from a type or added by a description.
	 */
	public Schema<?> schema(String name) {
		var schema = api.getComponents().getSchemas().get(name);
		if (schema == null) {
			throw new IllegalStateException("The API document has no schema " + name + " to describe");
		}
		return schema;
	}

	/** The named property of a component schema. */
	public Schema<?> property(String schema, String property) {
		var found = schema(schema).getProperties() == null ? null : schema(schema).getProperties().get(property);
		if (found == null) {
			throw new IllegalStateException("The schema " + schema + " has no property " + property);
		}
		return found;
	}

	/**
	 * An answer many operations share, for
	 * {@link DocumentedOperation#answersWith(int, String)}.
	 */
	public ApiDocument response(String name, String description, Schema<?> problem) {
		api.getComponents()
			.addResponses(name, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem))));
		return this;
	}

	public ApiResponse response(String name) {
		var response = api.getComponents().getResponses() == null ? null : api.getComponents().getResponses().get(name);
		if (response == null) {
			throw new IllegalStateException("The API document has no response " + name);
		}
		return response;
	}

	public ApiDocument schema(String name, Schema<?> schema) {
		api.getComponents().getSchemas().put(name, schema);
		return this;
	}

	/**
	 * Drops a generated schema that a description replaced, so the document holds no
	 * unused, misleading one.
	 */
	public ApiDocument withoutSchema(String name) {
		api.getComponents().getSchemas().remove(name);
		return this;
	}

}
