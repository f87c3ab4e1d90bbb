package io.todoplatform.support.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The contract check itself, on a small document: it must find each way an exchange can
 * break a document, and nothing in an exchange that keeps to it.
 */
class ApiContractUnitTests {

	static final ApiContract CONTRACT = ApiContract
		.of("""
				{"openapi": "3.1.0", "info": {"title": "things", "version": "1"}, "paths": {
				  "/things/{id}": {"get": {
				    "parameters": [{"name": "id", "in": "path", "required": true,
				                    "schema": {"type": "string", "format": "uuid"}}],
				    "responses": {
				      "200": {"description": "a thing",
				              "headers": {"ETag": {"required": true, "schema": {"type": "string", "pattern": "^\\"[0-9]+\\"$"}}},
				              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
				      "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
				  "/things": {"get": {
				    "parameters": [{"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}},
				                   {"name": "tag", "in": "query", "style": "form", "explode": true,
				                    "schema": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}}}],
				    "responses": {"200": {"description": "things"}, "400": {"description": "refused"}}},
				   "post": {
				    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
				    "responses": {"204": {"description": "made"}, "400": {"description": "refused"}}}}},
				 "components": {"schemas": {"Thing": {"type": "object", "required": ["name"], "additionalProperties": false,
				   "properties": {"name": {"type": "string", "maxLength": 3}}}}}}
				""");

	static final String THING = "/things/0f8fad5b-d9cb-469f-a165-70867728950e";

	@Test
	void anExchangeThatKeepsToTheDocumentBreaksNothing() {
		assertThat(
				CONTRACT.violations(get(THING, 200, etag("\"3\""), MediaType.APPLICATION_JSON, "{\"name\": \"box\"}")))
			.isEmpty();
		assertThat(CONTRACT.violations(get("/things?size=10&tag=a&tag=b", 200, new HttpHeaders(), null, ""))).isEmpty();
	}

	@Test
	void aBodyAgainstItsSchemaIsFound() {
		assertThat(CONTRACT.violations(get(THING, 200, etag("\"3\""), MediaType.APPLICATION_JSON,
				"{\"name\": \"boxes\", \"colour\": \"red\"}")))
			.anySatisfy(violation -> assertThat(violation).contains("body").contains("name"))
			.anySatisfy(violation -> assertThat(violation).contains("colour"));
	}

	@Test
	void anUndocumentedStatusIsFound() {
		assertThat(CONTRACT.violations(get(THING, 500, new HttpHeaders(), MediaType.APPLICATION_PROBLEM_JSON, "{}")))
			.singleElement()
			.asString()
			.contains("status 500 is not documented");
	}

	@Test
	void aMissingOrMalformedHeaderIsFound() {
		var body = "{\"name\": \"box\"}";
		assertThat(CONTRACT.violations(get(THING, 200, new HttpHeaders(), MediaType.APPLICATION_JSON, body)))
			.singleElement()
			.asString()
			.contains("header ETag is missing");
		assertThat(CONTRACT.violations(get(THING, 200, etag("W/\"3\""), MediaType.APPLICATION_JSON, body)))
			.singleElement()
			.asString()
			.contains("header ETag");
	}

	@Test
	void anotherMediaTypeOrAMissingBodyIsFound() {
		assertThat(CONTRACT.violations(get(THING, 404, new HttpHeaders(), MediaType.APPLICATION_JSON, "{}")))
			.singleElement()
			.asString()
			.contains("application/problem+json");
		assertThat(CONTRACT.violations(get(THING, 404, new HttpHeaders(), null, ""))).singleElement()
			.asString()
			.contains("no body");
	}

	@Test
	void anAcceptedRequestTheDocumentForbidsIsFoundButARefusedOneIsNot() {
		assertThat(CONTRACT.violations(get("/things?size=11&tag=A", 200, new HttpHeaders(), null, "")))
			.anySatisfy(violation -> assertThat(violation).contains("parameter size"))
			.anySatisfy(violation -> assertThat(violation).contains("parameter tag"));
		assertThat(CONTRACT.violations(get("/things?size=11", 400, new HttpHeaders(), null, ""))).isEmpty();
		var tooLong = new Exchange(HttpMethod.POST, URI.create("http://localhost/things"), json(),
				"{\"name\": \"boxes\"}".getBytes(StandardCharsets.UTF_8), 204, new HttpHeaders(), new byte[0]);
		assertThat(CONTRACT.violations(tooLong)).singleElement().asString().contains("accepted body");
	}

	@Test
	void anOperationOrPathOutsideTheDocumentIsFoundUnlessRefused() {
		assertThat(CONTRACT.violations(new Exchange(HttpMethod.DELETE, URI.create("http://localhost" + THING),
				new HttpHeaders(), new byte[0], 204, new HttpHeaders(), new byte[0])))
			.singleElement()
			.asString()
			.contains("operation is not in the document");
		assertThat(CONTRACT.violations(get("/nothing", 200, new HttpHeaders(), null, ""))).singleElement()
			.asString()
			.contains("path is not in the document");
		assertThat(CONTRACT.violations(get("/nothing", 404, new HttpHeaders(), null, ""))).isEmpty();
	}

	private static Exchange get(String path, int status, HttpHeaders headers, MediaType type, String body) {
		if (type != null) {
			headers.setContentType(type);
		}
		return new Exchange(HttpMethod.GET, URI.create("http://localhost" + path), new HttpHeaders(), new byte[0],
				status, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpHeaders etag(String value) {
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.ETAG, value);
		return headers;
	}

	private static HttpHeaders json() {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
