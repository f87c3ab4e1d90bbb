package io.todoplatform.distributed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Dapr sidecar ({@code daprd}) and scheduler binaries: named by
 * {@code DAPRD}/{@code DAPR_SCHEDULER}, put in place by the Dapr CLI, or built by
 * {@code deploy/dapr/build-dapr.sh}, which is run when nothing else is found.
 */
public record DaprBinaries(Path daprd, Path scheduler) {

	/** The pin of deploy/dapr/build-dapr.sh, which names its cache folder after it. */
	static final String VERSION = "1.18.3";

	/**
	 * A cold build takes about 7 minutes on two cores; a slow network makes it longer.
	 */
	private static final Duration BUILD = Duration.ofMinutes(40);

	private static DaprBinaries located;

	/** Looked up once per JVM: the build script, if it has to run, takes minutes. */
	public static synchronized DaprBinaries locate() {
		if (located == null) {
			located = lookUp(System.getenv());
		}
		return located;
	}

	private static DaprBinaries lookUp(Map<String, String> environment) {
		var tried = new ArrayList<String>();
		var daprd = find("DAPRD", "daprd", environment, tried);
		var scheduler = find("DAPR_SCHEDULER", "scheduler", environment, tried);
		if (daprd.isPresent() && scheduler.isPresent()) {
			return new DaprBinaries(daprd.get(), scheduler.get());
		}
		return build(tried);
	}

	private static Optional<Path> find(String variable, String file, Map<String, String> environment,
			List<String> tried) {
		var named = environment.get(variable);
		if (named != null && !named.isBlank()) {
			if (!Files.isExecutable(Path.of(named))) {
				tried.add(variable + "=" + named);
				throw notFound(tried, variable + " names no executable file");
			}
			return Optional.of(Path.of(named));
		}
		var home = Path.of(System.getProperty("user.home"));
		var candidates = List.of(home.resolve(".dapr/bin").resolve(file),
				cacheDir(environment, home).resolve("bin").resolve(file));
		var found = candidates.stream().filter(Files::isExecutable).findFirst();
		if (found.isEmpty()) {
			tried.add(variable + " (not set), " + candidates.get(0) + ", " + candidates.get(1) + ": no executable "
					+ file);
		}
		return found;
	}

	/** Where build-dapr.sh keeps its binaries; it honours {@code DAPR_CACHE_DIR} too. */
	private static Path cacheDir(Map<String, String> environment, Path home) {
		var own = environment.get("DAPR_CACHE_DIR");
		if (own != null && !own.isBlank()) {
			return Path.of(own);
		}
		var cache = Optional.ofNullable(environment.get("XDG_CACHE_HOME"))
			.filter(value -> !value.isBlank())
			.map(Path::of)
			.orElse(home.resolve(".cache"));
		return cache.resolve("todo-platform/dapr").resolve(VERSION);
	}

	/**
	 * The script's progress and its two result lines both go to {@code build-dapr.log}.
	 */
	private static DaprBinaries build(List<String> tried) {
		var script = Project.dir().resolve("deploy/dapr/build-dapr.sh");
		var build = new ManagedProcess("build-dapr", List.of("bash", script.toString()), Map.of());
		tried.add("running " + script + " (log: " + build.logFile() + ")");
		try {
			build.run(BUILD);
		}
		catch (RuntimeException e) {
			throw notFound(tried, e.getMessage());
		}
		var printed = build.lastLogLines(2);
		var daprd = printedPath(printed, "DAPRD");
		var scheduler = printedPath(printed, "DAPR_SCHEDULER");
		if (daprd.isEmpty() || scheduler.isEmpty()) {
			throw notFound(tried, "the build did not end by naming two executable files, DAPRD=... and "
					+ "DAPR_SCHEDULER=..., but with:\n" + String.join("\n", printed));
		}
		return new DaprBinaries(daprd.get(), scheduler.get());
	}

	/**
	 * The script prints {@code NAME=<path>} with bash's {@code %q}: special characters
	 * escaped by a backslash.
	 */
	private static Optional<Path> printedPath(List<String> printed, String name) {
		return printed.stream()
			.filter(line -> line.startsWith(name + "="))
			.map(line -> Path.of(line.substring(name.length() + 1).replaceAll("\\\\(.)", "$1")))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static IllegalStateException notFound(List<String> tried, String outcome) {
		return new IllegalStateException("""
				No Dapr binaries (daprd and scheduler %s) found. Tried, in this order:
				  - %s
				Outcome: %s
				To fix it, one of:
				  - install Go (the script fetches the Go toolchain Dapr needs through GOPROXY) and run \
				deploy/dapr/build-dapr.sh (about 7 minutes the first time; see deploy/dapr/README.md),
				  - install the Dapr CLI and run `dapr init --slim`, which puts them into ~/.dapr/bin,
				  - set DAPRD and DAPR_SCHEDULER to the two binaries,
				  - or skip the end-to-end tests: ./mvnw verify -DskipITs""".formatted(VERSION,
				String.join("\n  - ", tried), outcome));
	}
}
