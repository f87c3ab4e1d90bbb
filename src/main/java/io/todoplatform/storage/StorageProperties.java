package io.todoplatform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir the folder that holds the database files; they survive restarts
 * @param port the port the embedded server listens on, 0 for any free one
 * @param embedded whether this process may start the embedded PostgreSQL at all: a
 * process that runs one module of the distributed mode shares an external database with
 * the others and must not start one of its own
 */
@ConfigurationProperties("todo.storage")
public record StorageProperties(@DefaultValue("./.data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean embedded) {

	public StorageProperties {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("todo.storage.port must be between 0 and 65535, not " + port);
		}
	}
}
