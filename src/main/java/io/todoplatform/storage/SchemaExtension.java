package io.todoplatform.storage;

import java.util.regex.Pattern;

/**
 * Tables that a piece of shared infrastructure adds to every module schema (such as the
 * event outbox) but those made {@link ModuleSchema#withoutEvents() without events},
 * migrated from {@code location} with a history table of their own, so that their
 * versions never clash with the module's.
 */
public record SchemaExtension(String name, String location) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public SchemaExtension {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not an extension name: " + name);
		}
	}

	String historyTable() {
		return name + "_schema_history";
	}
}
