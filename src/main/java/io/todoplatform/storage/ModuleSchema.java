package io.todoplatform.storage;

import java.util.regex.Pattern;

/**
 * A module's own PostgreSQL schema. A module declares one as a bean; its Flyway migrations live in
 * {@code classpath:db/migration/<name>} and run, for active modules only, before the application serves requests.
 */
public record ModuleSchema(String name) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public ModuleSchema {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a schema name: " + name);
		}
	}

	String migrations() {
		return "classpath:db/migration/" + name;
	}
}
