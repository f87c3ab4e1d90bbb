package io.todoplatform.storage;

import java.lang.StackWalker.Option;
import java.util.regex.Pattern;

/**
 * A module's own PostgreSQL schema, named after the module. A module declares one as a
 * bean; its Flyway migrations live in {@code classpath:db/migration/<name>} and run, for
 * active modules only, before the application serves requests.
 * <p>
 * Only the module's own code can make it: {@link #ofThisModule()} names the schema after
 * the module of the class that calls it, and there is no other way to name one (outside
 * this package). That another module's code is never handed the bean is checked by the
 * architecture tests ({@code ModuleSchemaRules}).
 */
public final class ModuleSchema {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	/**
	 * The modules are the packages directly under the application's, as this module's own
	 * is.
	 */
	private static final String MODULES = ModuleSchema.class.getPackageName().replaceFirst("\\.[^.]+$", "") + ".";

	private static final StackWalker CALLERS = StackWalker.getInstance(Option.RETAIN_CLASS_REFERENCE);

	private final String name;

	private final boolean events;

	private ModuleSchema(String name, boolean events) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a schema name: " + name);
		}
		this.name = name;
		this.events = events;
	}

	/**
	 * The schema of the module whose code calls this (the JDK tells who the caller is; it
	 * cannot be passed in).
	 */
	public static ModuleSchema ofThisModule() {
		return ofModuleOf(CALLERS.getCallerClass());
	}

	static ModuleSchema ofModuleOf(Class<?> type) {
		var packageName = type.getPackageName() + ".";
		if (!packageName.startsWith(MODULES) || packageName.equals(MODULES)) {
			throw new IllegalStateException(type.getName() + " is in no module, so it has no schema");
		}
		return named(packageName.substring(MODULES.length(), packageName.indexOf('.', MODULES.length())));
	}

	static ModuleSchema named(String name) {
		return new ModuleSchema(name, true);
	}

	/**
	 * The same schema for a module that neither publishes nor receives events: it gets no
	 * {@link SchemaExtension extension} tables (the outbox and inbox), and no replica
	 * holds a leader connection for it.
	 */
	public ModuleSchema withoutEvents() {
		return new ModuleSchema(name, false);
	}

	public String name() {
		return name;
	}

	/**
	 * Whether the module's events pass through this schema (all but
	 * {@link #withoutEvents()}).
	 */
	public boolean hasEvents() {
		return events;
	}

	String migrations() {
		return "classpath:db/migration/" + name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModuleSchema schema && schema.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}

	@Override
	public String toString() {
		return "ModuleSchema[name=" + name + "]";
	}

}
