package io.todoplatform.support.contract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of one OpenAPI 3.1 document, by their JSON pointer in it, validated with
 * the OpenAPI 3.1 dialect of JSON Schema 2020-12, formats asserted.
 */
final class DocumentSchemas {

	private static final String BASE = "https://todo-platform.dev/api-document.json";

	private final SchemaRegistry registry;

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	DocumentSchemas(String document) {
		this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				builder -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
					.schemas(Map.of(BASE, document)));
	}

	/**
	 * What is wrong with the value, by the schema at this pointer of the document (empty:
	 * nothing).
	 */
	List<String> violations(String pointer, JsonNode value) {
		var schema = compiled.computeIfAbsent(pointer, at -> registry.getSchema(SchemaLocation.of(BASE + "#" + at)));
		return schema.validate(value)
			.stream()
			.map(error -> error.getInstanceLocation() + ": " + error.getMessage())
			.toList();
	}

	/** A JSON pointer token: {@code /} and {@code ~} escaped. */
	static String token(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
