package io.todoplatform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The event contracts documented in {@code docs/events}, applied to events the code
 * really emits. The schemas refer to each other by relative ids, resolved here against
 * the docs folder.
 */
public final class EventSchemas {

	private static final String BASE = "https://todo-platform.dev/events/";

	private static final Path DOCS = Path.of("docs/events");

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
				.schemas(EventSchemas::read));

	private EventSchemas() {
	}

	/**
	 * The schema violations of an event, by its type's schema
	 * {@code docs/events/<type>.schema.json}.
	 */
	public static List<Error> violations(String type, JsonNode event) {
		return REGISTRY.getSchema(SchemaLocation.of(BASE + type + ".schema.json")).validate(event);
	}

	private static String read(String iri) {
		if (!iri.startsWith(BASE)) {
			return null;
		}
		try {
			return Files.readString(DOCS.resolve(iri.substring(BASE.length())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
