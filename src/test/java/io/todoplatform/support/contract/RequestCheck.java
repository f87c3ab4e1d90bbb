package io.todoplatform.support.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Holds a request that the server accepted to what the document says its operation takes:
 * its parameters and its body. A request the document forbids but the server takes means
 * the document is stricter than the API.
 */
record RequestCheck(DocumentSchemas schemas, JsonNode operation, String at) {

	void check(Exchange exchange, Map<String, String> pathValues, List<String> violations) {
		var query = UriComponentsBuilder.fromUri(exchange.uri()).build(true).getQueryParams();
		var parameters = operation.path("parameters");
		for (var i = 0; i < parameters.size(); i++) {
			var parameter = parameters.get(i);
			var name = parameter.path("name").asString();
			var schema = parameter.path("schema");
			List<String> values = switch (parameter.path("in").asString()) {
				case "path" -> pathValues.containsKey(name) ? List.of(pathValues.get(name)) : null;
				case "query" -> query.containsKey(name) ? query.get(name) : null;
				case "header" -> exchange.requestHeaders().get(name);
				default -> null;
			};
			if (values == null) {
				if (parameter.path("required").asBoolean(false)) {
					violations.add("the accepted request lacks the required parameter " + name);
				}
				continue;
			}
			var decoded = values.stream()
				.map(value -> "header".equals(parameter.path("in").asString()) ? value
						: UriUtils.decode(value == null ? "" : value, StandardCharsets.UTF_8))
				.toList();
			var value = "array".equals(Values.type(schema)) ? Values.array(decoded, schema.path("items"))
					: Values.of(decoded.getFirst(), schema);
			schemas.violations(at + "/parameters/" + i + "/schema", value)
				.forEach(v -> violations.add("the accepted parameter " + name + " breaks its schema: " + v));
		}
		body(exchange, violations);
	}

	private void body(Exchange exchange, List<String> violations) {
		var content = operation.path("requestBody").path("content");
		if (content.isEmpty()) {
			return;
		}
		var type = exchange.requestHeaders().getContentType();
		if (type == null || exchange.requestBody().length == 0) {
			if (operation.path("requestBody").path("required").asBoolean(false)) {
				violations.add("the accepted request has no body, the document requires one");
			}
			return;
		}
		var documented = content.propertyNames()
			.stream()
			.filter(name -> MediaType.parseMediaType(name).isCompatibleWith(type))
			.findFirst();
		if (documented.isEmpty()) {
			violations.add("the accepted request is " + type + ", the document takes " + content.propertyNames());
			return;
		}
		var pointer = at + "/requestBody/content/" + DocumentSchemas.token(documented.get()) + "/schema";
		try {
			var body = MediaTypes.isJson(type) ? ApiContract.JSON.readTree(exchange.requestBody())
					: type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
							? form(exchange.requestBody(), content.path(documented.get()).path("schema")) : null;
			if (body != null) {
				schemas.violations(pointer, body)
					.forEach(v -> violations.add("the accepted body breaks its schema: " + v));
			}
		}
		catch (JacksonException e) {
			violations.add("the accepted body is not JSON: " + e.getOriginalMessage());
		}
	}

	private static JsonNode form(byte[] body, JsonNode schema) {
		var object = JsonNodeFactory.instance.objectNode();
		var fields = UriComponentsBuilder.newInstance()
			.query(new String(body, StandardCharsets.UTF_8))
			.build()
			.getQueryParams();
		fields.forEach((name, values) -> object.set(UriUtils.decode(name, StandardCharsets.UTF_8),
				Values.of(UriUtils.decode(values.getFirst() == null ? "" : values.getFirst(), StandardCharsets.UTF_8),
						schema.path("properties").path(name))));
		return object;
	}
}
