package io.todoplatform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.stream.Stream;

import io.todoplatform.TodoPlatform;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One module of the distributed mode started in the test JVM, as a pod would run it: its
 * profile, an external PostgreSQL (one embedded server for the whole test run), no port
 * fixed in advance.
 */
public final class ModuleProcess {

	/** What the tests' sidecar would send. */
	public static final String TOKEN = "module-process-token";

	/**
	 * A module process does not start without a token for its sidecar (or loopback
	 * development asked for).
	 */
	public static final String WITH_TOKEN = "todo.events.dapr.app-api-token=" + TOKEN;

	private static EmbeddedPostgres postgres;

	private ModuleProcess() {
	}

	/**
	 * Starts the module. Settings ({@code name=value}) go in as command-line arguments,
	 * which win over the application's YAML files; {@code properties} replace the
	 * defaults given here by name.
	 */
	public static ConfigurableApplicationContext start(String profile, String... properties) {
		var settings = new LinkedHashMap<String, String>();
		Stream
			.concat(Stream.of("server.port=0", "management.server.port=0", "spring.r2dbc.url=" + url()),
					Arrays.stream(properties))
			.forEach(property -> settings.put(property.substring(0, property.indexOf('=')), property));
		return new SpringApplicationBuilder(TodoPlatform.class).profiles(profile)
			.run(settings.values().stream().map(setting -> "--" + setting).toArray(String[]::new));
	}

	/** The shared server, started on first use and stopped with the JVM. */
	public static synchronized String url() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("module-process"))
					.start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start PostgreSQL for the module processes", e);
			}
			var started = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException e) {
					// the JVM is ending anyway
				}
			}));
		}
		return "r2dbc:postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
	}

}
