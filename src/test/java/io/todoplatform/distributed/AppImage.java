package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The packaged jar laid out the way a container image runs it: extracted with Spring
 * Boot's jar tools, so that the JDK's ahead-of-time cache (JEP 483, 514) can hold the
 * application's classes, plus a cache recorded by one training run that starts every
 * module and stops once the context is refreshed. Start-up then loads and links classes
 * from the cache instead of the jar. Made once per jar, in {@code target/app-image};
 * {@code -Dtodo.e2e.aot=false} runs the plain jar instead, to compare. The cache belongs
 * to one jar and one set of JVM options, so both name its folder.
 */
final class AppImage {

	/**
	 * A container's worth: a small heap, the serial collector (one core is all an app
	 * gets), a capped code cache.
	 */
	static final List<String> JVM_OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m");

	private static final Duration TRAINING = Duration.ofMinutes(5);

	private final Path jar;

	/** None when the plain jar is asked for. */
	private final @Nullable Path cache;

	private AppImage(Path jar, @Nullable Path cache) {
		this.jar = jar;
		this.cache = cache;
	}

	/**
	 * The command that starts an app from this image; its profile and settings come from
	 * the environment.
	 */
	List<String> command() {
		var command = new ArrayList<String>();
		command.add(Project.java());
		command.addAll(JVM_OPTIONS);
		if (cache != null) {
			command.add("-XX:AOTCache=" + cache);
		}
		command.add("-jar");
		command.add(jar.toString());
		return command;
	}

	/**
	 * Extracts the jar and trains the cache if this jar has none yet. Training starts the
	 * application for real, with every app-id's module, so it needs the topology's
	 * database (it migrates the schemas, as the apps would).
	 */
	static synchronized AppImage prepare(List<String> appIds, String r2dbcUrl, Path identityKeyFile, Path dataDir) {
		if (!Boolean.parseBoolean(System.getProperty("todo.e2e.aot", "true"))) {
			return new AppImage(Project.jar(), null);
		}
		try {
			var packaged = Project.jar();
			var folder = Project.dir()
				.resolve("target/app-image")
				.resolve(Files.size(packaged) + "-" + Files.getLastModifiedTime(packaged).toMillis() + "-"
						+ Integer.toHexString(JVM_OPTIONS.hashCode()));
			var extracted = folder.resolve("app").resolve(packaged.getFileName());
			var cache = folder.resolve("app.aot");
			if (!Files.exists(extracted)) {
				new ManagedProcess("app-image-extract", List.of(Project.java(), "-Djarmode=tools", "-jar",
						packaged.toString(), "extract", "--destination", folder.resolve("app").toString()), Map.of())
					.run(TRAINING);
			}
			if (!Files.exists(cache)) {
				var training = new ArrayList<>(List.of(Project.java()));
				training.addAll(JVM_OPTIONS);
				training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
						extracted.toString()));
				var environment = Map.of("SPRING_PROFILES_ACTIVE", String.join(",", appIds), "SERVER_PORT", "0",
						"MANAGEMENT_SERVER_PORT", "0", "SPRING_R2DBC_URL", r2dbcUrl, "TODO_IDENTITY_LOCAL_KEY_FILE",
						identityKeyFile.toString(), "TODO_EVENTS_DAPR_APP_API_TOKEN", "training", "TODO_DATA_DIR",
						dataDir.toString());
				new ManagedProcess("app-image-training", training, environment).withoutEnvironment("LOG_FORMAT")
					.run(TRAINING);
			}
			return new AppImage(extracted, cache);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot prepare the app image from " + Project.jar(), e);
		}
	}

}
