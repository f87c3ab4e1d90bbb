package io.todoplatform.assistant.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * JSON Schemas (draft 2020-12) of tool arguments and results, as the maps MCP sends.
 * Argument schemas are closed (no unknown arguments, as the API's bodies are); result
 * schemas stay open, so that a field the API adds does not break a tool.
 */
final class Schema {

	static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	private Schema() {
	}

	static Map<String, Object> string(String description) {
		return Map.of("type", "string", "description", description);
	}

	static Map<String, Object> nullableString(String description) {
		return Map.of("type", List.of("string", "null"), "description", description);
	}

	/**
	 * The schema, or null: a merge patch's way of clearing a field.
	 */
	static Map<String, Object> orNull(Map<String, Object> schema) {
		var nullable = new LinkedHashMap<>(schema);
		nullable.put("type", List.of(schema.get("type"), "null"));
		if (schema.get("enum") instanceof List<?> values) {
			var orNull = new ArrayList<@Nullable Object>(values);
			orNull.add(null);
			nullable.put("enum", orNull);
		}
		return nullable;
	}

	static Map<String, Object> id(String description) {
		return Map.of("type", "string", "pattern", UUID, "description", description);
	}

	static Map<String, Object> oneOf(String description, List<String> values) {
		return Map.of("type", "string", "enum", values, "description", description);
	}

	static Map<String, Object> integer(String description, int minimum, int maximum) {
		return Map.of("type", "integer", "minimum", minimum, "maximum", maximum, "description", description);
	}

	static Map<String, Object> bool(String description) {
		return Map.of("type", "boolean", "description", description);
	}

	static Map<String, Object> array(String description, Map<String, Object> items, int maxItems) {
		return Map.of("type", "array", "items", items, "maxItems", maxItems, "description", description);
	}

	/** Any JSON object (e.g. a reminder in one of its forms, which the API checks). */
	static Map<String, Object> anyObject(String description) {
		return Map.of("type", "object", "description", description);
	}

	static Properties object() {
		return new Properties();
	}

	/** The properties of an object schema, in the order they are added. */
	static final class Properties {

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private final List<String> required = new ArrayList<>();

		Properties required(String name, Map<String, Object> schema) {
			required.add(name);
			return optional(name, schema);
		}

		Properties optional(String name, Map<String, Object> schema) {
			properties.put(name, schema);
			return this;
		}

		/** An argument object: nothing but these properties. */
		Map<String, Object> closed() {
			var schema = open();
			schema.put("additionalProperties", false);
			return schema;
		}

		/** A result object: at least these properties. */
		Map<String, Object> open() {
			var schema = new LinkedHashMap<String, Object>();
			schema.put("type", "object");
			schema.put("properties", properties);
			if (!required.isEmpty()) {
				schema.put("required", List.copyOf(required));
			}
			return schema;
		}

	}

}
