package io.todoplatform.storage;

import java.util.regex.Pattern;

/**
 * A schema of shared infrastructure rather than of a business module, such as the request
 * limits' counters. Its migrations live in {@code classpath:db/migration/<name>} and run
 * in every process that declares it; it gets none of the {@link SchemaExtension
 * extensions} every {@link ModuleSchema module schema} gets (it has no outbox).
 */
public record InfrastructureSchema(String name) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public InfrastructureSchema {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a schema name: " + name);
		}
	}

	String migrations() {
		return "classpath:db/migration/" + name;
	}
}
