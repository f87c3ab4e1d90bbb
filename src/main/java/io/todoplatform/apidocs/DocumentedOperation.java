package io.todoplatform.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * One operation of the document, described step by step: what it is, what it takes, every
 * status it answers with.
 */
public final class DocumentedOperation {

	private final HttpMethod method;

	private final String path;

	private final Operation operation;

	DocumentedOperation(HttpMethod method, String path, Operation operation) {
		this.method = method;
		this.path = path;
		this.operation = operation;
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
	}

	public String path() {
		return path;
	}

	public boolean takesBody() {
		return operation.getRequestBody() != null;
	}

	/**
	 * A stable operation id (links and clients refer to it), a tag that groups it and a
	 * one-line summary.
	 */
	public DocumentedOperation is(String operationId, String tag, String summary) {
		operation.setOperationId(operationId);
		operation.setTags(new ArrayList<>(List.of(tag)));
		operation.setSummary(summary);
		return this;
	}

	public DocumentedOperation securedBy(String scheme) {
		operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(scheme))));
		return this;
	}

	/**
	 * Drops the generated parameters, for an operation that reads its parameters itself.
	 */
	public DocumentedOperation withoutParameters() {
		operation.setParameters(null);
		return this;
	}

	/** Replaces a parameter of the same name and place, or adds it. */
	public DocumentedOperation parameter(Parameter parameter) {
		var parameters = operation.getParameters() == null ? new ArrayList<Parameter>()
				: new ArrayList<>(operation.getParameters());
		parameters.removeIf(p -> p.getName().equals(parameter.getName()) && p.getIn().equals(parameter.getIn()));
		parameters.add(parameter);
		operation.setParameters(parameters);
		return this;
	}

	/**
	 * The request body, in exactly this media type, with an example that the operation
	 * accepts.
	 */
	public DocumentedOperation body(String mediaType, Schema<?> schema, Object example) {
		var media = new MediaType().schema(schema)
			.examples(new LinkedHashMap<>(Map.of("example", new Example().value(example))));
		operation
			.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(mediaType, media)));
		return this;
	}

	/**
	 * An example of the generated request body that the operation accepts (schemathesis
	 * sends it, too).
	 */
	public DocumentedOperation bodyExample(Object example) {
		if (operation.getRequestBody() == null) {
			throw new IllegalStateException(method + " " + path + " takes no body");
		}
		operation.getRequestBody().setRequired(true);
		operation.getRequestBody()
			.getContent()
			.values()
			.forEach(media -> media.setExamples(new LinkedHashMap<>(Map.of("example", new Example().value(example)))));
		return this;
	}

	/**
	 * The status this operation answers with when it succeeds, in place of the 200
	 * generated from the method's return type; the generated body, if any, moves with it.
	 */
	public DocumentedOperation succeeds(int status, String description) {
		var generated = operation.getResponses().remove("200");
		var response = generated == null ? new ApiResponse() : generated;
		return respond(status, response.description(description));
	}

	/** A status with a JSON body of this schema (replaces any description of it). */
	public DocumentedOperation json(int status, String description, Schema<?> schema) {
		return answers(status, description, ApiDocument.JSON, schema);
	}

	public DocumentedOperation answers(int status, String description, String mediaType, Schema<?> schema) {
		return respond(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(mediaType, new MediaType().schema(schema))));
	}

	/**
	 * Another media type the answer of a status may come in (the status must be described
	 * already).
	 */
	public DocumentedOperation orAs(int status, String mediaType, Schema<?> schema) {
		response(status).getContent().addMediaType(mediaType, new MediaType().schema(schema));
		return this;
	}

	/** An error this operation answers with, as problem details. */
	public DocumentedOperation problem(int status, String description) {
		return answers(status, description, ApiDocument.PROBLEM_JSON, JsonSchemas.ref(ApiDocument.PROBLEM));
	}

	/**
	 * A shared answer ({@link ApiDocument#response(String, String, Schema)}), by
	 * reference.
	 */
	public DocumentedOperation answersWith(int status, String response) {
		return respond(status, new ApiResponse().$ref("#/components/responses/" + response));
	}

	/**
	 * A shared answer that every operation of a kind may give, unless the operation
	 * describes it more closely.
	 */
	public DocumentedOperation answersWithUnlessDescribed(int status, String response) {
		return operation.getResponses().containsKey(String.valueOf(status)) ? this : answersWith(status, response);
	}

	/** A header that is always sent with this status. */
	public DocumentedOperation header(int status, String name, String description, Schema<?> schema) {
		response(status).addHeaderObject(name, new Header().description(description).required(true).schema(schema));
		return this;
	}

	/**
	 * Where a client may go next with a value of this answer, e.g. from a created task to
	 * reading it.
	 */
	public DocumentedOperation link(int status, String name, String operationId, Map<String, String> parameters) {
		var link = new Link().operationId(operationId);
		parameters.forEach(link::parameters);
		response(status).link(name, link);
		return this;
	}

	/**
	 * Adds or replaces the answer for a status, keeping the answers in the order of their
	 * status codes.
	 */
	private DocumentedOperation respond(int status, ApiResponse response) {
		var responses = new TreeMap<>(operation.getResponses());
		responses.put(String.valueOf(status), response);
		var sorted = new ApiResponses();
		sorted.putAll(responses);
		operation.setResponses(sorted);
		return this;
	}

	private ApiResponse response(int status) {
		var response = operation.getResponses().get(String.valueOf(status));
		if (response == null) {
			throw new IllegalStateException(method + " " + path + " does not answer " + status + " (yet)");
		}
		return response;
	}

}
