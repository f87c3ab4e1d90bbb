package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.distributed.ManagedProcess;

/**
 * One of the project's {@code build-tools.sh} scripts (they share
 * {@code deploy/tools/lib.sh}), run once: it builds what is missing into
 * {@code ~/.cache/todo-platform} and prints one {@code NAME=path} line per tool. A build
 * that fails, or a line that is missing, fails the test with the script's log; nothing is
 * skipped.
 */
final class ToolScript {

	private final ManagedProcess build;

	private final Map<String, Path> paths = new HashMap<>();

	private ToolScript(ManagedProcess build) {
		this.build = build;
	}

	/** Runs {@code script} (relative to the project) and reads the paths it prints. */
	static ToolScript run(String script, Duration deadline) {
		var path = Path.of(System.getProperty("todo.e2e.project-dir", "")).toAbsolutePath().resolve(script);
		var name = "build-" + path.getParent().getFileName() + "-tools";
		var tools = new ToolScript(new ManagedProcess(name, List.of("bash", path.toString()), Map.of()));
		tools.build.run(deadline);
		try {
			for (var line : Files.readAllLines(tools.build.logFile())) {
				var equals = line.indexOf('=');
				if (equals > 0 && line.substring(0, equals).matches("[A-Z_]+")) {
					tools.paths.put(line.substring(0, equals), Path.of(line.substring(equals + 1)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tools;
	}

	/** The path printed as {@code NAME=path}. */
	Path path(String name) {
		var path = this.paths.get(name);
		if (path == null) {
			throw this.build.failure("printed no " + name + "=<path> line");
		}
		return path;
	}

	/** The path printed as {@code NAME=path}, which must be an executable file. */
	Path executable(String name) {
		var path = path(name);
		if (!Files.isExecutable(path)) {
			throw this.build.failure("printed " + path + ", which is not an executable file");
		}
		return path;
	}

}
