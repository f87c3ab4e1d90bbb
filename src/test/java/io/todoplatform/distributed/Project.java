package io.todoplatform.distributed;

import java.nio.file.Path;

/**
 * Where the harness finds the project it tests: its folder, its packaged jar, the Java to
 * run it with.
 */
final class Project {

	private Project() {
	}

	/**
	 * Set by the failsafe plugin; a developer running from the project folder needs
	 * nothing.
	 */
	static Path dir() {
		return Path.of(System.getProperty("todo.e2e.project-dir", "")).toAbsolutePath().normalize();
	}

	static Path jar() {
		var jar = System.getProperty("todo.e2e.jar");
		return jar == null ? dir().resolve("target/todo-platform.jar") : Path.of(jar).toAbsolutePath();
	}

	static Path logDir() {
		return dir().resolve("target/e2e-logs");
	}

	/**
	 * The child JVMs run on the same Java as the harness: the project needs 25, the
	 * machine's default is older.
	 */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
