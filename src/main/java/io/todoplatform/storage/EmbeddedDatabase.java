package io.todoplatform.storage;

import java.io.IOException;
import java.nio.file.Files;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started by the application itself, so that it
 * runs with no setup. It is used only when {@code spring.r2dbc.url} is not set; its data
 * stays in {@code todo.storage.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabase {

	private static final String USER = "postgres";

	private static final String DATABASE = "postgres";

	/** Held while the application runs, released last: after the database has stopped. */
	@Bean(destroyMethod = "close")
	DataFolder dataFolder(StorageProperties properties) throws IOException {
		if (!properties.embedded()) {
			throw new IllegalStateException("This process runs one module of the distributed mode and needs the shared "
					+ "external PostgreSQL: set SPRING_R2DBC_URL (e.g. r2dbc:postgresql://user:password@host:5432/todo)");
		}
		return DataFolder.claim(properties.dataDir());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(StorageProperties properties, DataFolder claimed) throws IOException {
		var dataDir = Files.createDirectories(properties.dataDir().resolve("postgres")).toAbsolutePath();
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.start();
	}

	/**
	 * Boot's R2DBC auto-configuration builds the (pooled) connection factory from these
	 * details.
	 */
	@Bean
	R2dbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		var options = ConnectionFactoryOptions.builder()
			.option(ConnectionFactoryOptions.DRIVER, "postgresql")
			.option(ConnectionFactoryOptions.HOST, "localhost")
			.option(ConnectionFactoryOptions.PORT, postgres.getPort())
			.option(ConnectionFactoryOptions.DATABASE, DATABASE)
			.option(ConnectionFactoryOptions.USER, USER)
			.build();
		return () -> options;
	}

}
