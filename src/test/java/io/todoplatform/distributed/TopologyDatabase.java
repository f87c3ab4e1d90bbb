package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL every app-id shares, each in its own schema, as the external database of
 * the pods.
 */
final class TopologyDatabase {

	private static final Logger log = LoggerFactory.getLogger(TopologyDatabase.class);

	private final EmbeddedPostgres postgres;

	private TopologyDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts on a free port of the loopback interface, with its data in {@code dataDir}
	 * (kept across runs).
	 */
	static TopologyDatabase start(Path dataDir) {
		var began = System.nanoTime();
		var output = ProcessBuilder.Redirect.appendTo(Project.logDir().resolve("postgres.log").toFile());
		try {
			Files.createDirectories(Project.logDir());
			var postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createDirectories(dataDir))
				.setCleanDataDirectory(false)
				.setPort(FreePorts.next())
				.setServerConfig("listen_addresses", FreePorts.HOST)
				.setOutputRedirector(output)
				.setErrorRedirector(output)
				// Its own hook would stop the database while the apps still use it: the
				// topology stops it last.
				.setRegisterShutdownHook(false)
				.start();
			log.info("PostgreSQL on port {} in {}", postgres.getPort(),
					"%.1f s".formatted((System.nanoTime() - began) / 1e9));
			return new TopologyDatabase(postgres);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start PostgreSQL in " + dataDir, e);
		}
	}

	int port() {
		return postgres.getPort();
	}

	/**
	 * For the chat-history state store of the tasks app-id's sidecar (a libpq string).
	 */
	String connectionString() {
		return "host=" + FreePorts.HOST + " port=" + port() + " user=postgres dbname=postgres sslmode=disable";
	}

	String r2dbcUrl() {
		return "r2dbc:postgresql://postgres@" + FreePorts.HOST + ":" + port() + "/postgres";
	}

	void stop() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not stop PostgreSQL", e);
		}
	}

}
