package io.todoplatform.support.contract;

import java.util.List;

import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Holds an answer to what the document says of its operation: a documented status, the
 * headers it always carries, its media type and the schema of its body.
 */
record ResponseCheck(DocumentSchemas schemas, JsonNode document, JsonNode operation, String at) {

	void check(Exchange exchange, List<String> violations) {
		var responses = operation.path("responses");
		var status = String.valueOf(exchange.status());
		var key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
				: responses.has("default") ? "default" : null;
		if (key == null) {
			violations.add("status " + status + " is not documented (only " + responses.propertyNames() + ")");
			return;
		}
		var response = responses.get(key);
		var here = at + "/responses/" + key;
		if (response.has("$ref")) {
			// A shared answer: its schemas are read where it is.
			here = response.get("$ref").asString().substring(1);
			response = document.at(here);
		}
		for (var header : response.path("headers").properties()) {
			var value = exchange.responseHeaders().getFirst(header.getKey());
			if (value == null && header.getValue().path("required").asBoolean(false)) {
				violations.add("the documented header " + header.getKey() + " is missing");
			}
			else if (value != null && header.getValue().has("schema")) {
				schemas
					.violations(here + "/headers/" + DocumentSchemas.token(header.getKey()) + "/schema",
							StringNode.valueOf(value))
					.forEach(v -> violations.add("header " + header.getKey() + v));
			}
		}
		body(exchange, response.path("content"), here + "/content/", violations);
	}

	private void body(Exchange exchange, JsonNode content, String here, List<String> violations) {
		var body = exchange.responseBody();
		if (content.isEmpty()) {
			if (body.length > 0) {
				violations.add("the answer has a body, the document describes none");
			}
			return;
		}
		var type = exchange.responseHeaders().getContentType();
		if (body.length == 0 || type == null) {
			violations.add("the answer has " + (body.length == 0 ? "no body" : "no Content-Type")
					+ ", the document describes " + content.propertyNames());
			return;
		}
		var documented = content.propertyNames()
			.stream()
			.filter(name -> MediaType.parseMediaType(name).includes(type))
			.findFirst();
		if (documented.isEmpty()) {
			violations.add("the answer is " + type + ", the document describes " + content.propertyNames());
			return;
		}
		if (MediaTypes.isJson(type)) {
			try {
				schemas
					.violations(here + DocumentSchemas.token(documented.get()) + "/schema",
							ApiContract.JSON.readTree(body))
					.forEach(v -> violations.add("body " + v));
			}
			catch (JacksonException e) {
				violations.add("the body is not JSON: " + e.getOriginalMessage());
			}
		}
	}
}
