package io.todoplatform.storage;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.stereotype.Component;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactoryOptions;

/**
 * Migrates every active module's schema (and the schemas of shared infrastructure), each
 * with its own Flyway history, once all beans exist and before the web server starts.
 * Flyway needs JDBC: its connection is derived from the same settings as the
 * application's R2DBC one, so one database URL configures both.
 */
@Component
class SchemaMigrations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final List<ModuleSchema> schemas;

	private final List<SchemaExtension> extensions;

	private final List<InfrastructureSchema> infrastructure;

	private final R2dbcConnectionDetails connection;

	SchemaMigrations(List<ModuleSchema> schemas, List<SchemaExtension> extensions,
			List<InfrastructureSchema> infrastructure, R2dbcConnectionDetails connection) {
		this.schemas = schemas;
		this.extensions = extensions;
		this.infrastructure = infrastructure;
		this.connection = connection;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var dataSource = jdbcDataSource(connection.getConnectionFactoryOptions());
		for (var schema : schemas) {
			migrate(dataSource, schema.name(), schema.migrations(), "flyway_schema_history");
			for (var extension : schema.hasEvents() ? extensions : List.<SchemaExtension>of()) {
				migrate(dataSource, schema.name(), extension.location(), extension.historyTable());
			}
		}
		for (var schema : infrastructure) {
			migrate(dataSource, schema.name(), schema.migrations(), "flyway_schema_history");
		}
	}

	private static void migrate(PGSimpleDataSource dataSource, String schema, String location, String historyTable) {
		var result = Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(true)
			.table(historyTable)
			// The schema already holds the module's tables when an extension migrates it:
			// start from version 0.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.locations(location)
			.load()
			.migrate();
		log.info("Schema {} is at version {} of {}", schema, result.targetSchemaVersion, location);
	}

	static PGSimpleDataSource jdbcDataSource(ConnectionFactoryOptions options) {
		var dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { (String) options.getRequiredValue(ConnectionFactoryOptions.HOST) });
		var port = options.getValue(ConnectionFactoryOptions.PORT);
		if (port != null) {
			dataSource.setPortNumbers(new int[] { Integer.parseInt(port.toString()) });
		}
		var database = options.getValue(ConnectionFactoryOptions.DATABASE);
		if (database != null) {
			dataSource.setDatabaseName(database.toString());
		}
		var user = options.getValue(ConnectionFactoryOptions.USER);
		if (user != null) {
			dataSource.setUser(user.toString());
		}
		var password = options.getValue(ConnectionFactoryOptions.PASSWORD);
		if (password != null) {
			dataSource.setPassword(password.toString());
		}
		// The migrations check the server's certificate exactly as the application's
		// connections do.
		var sslMode = options.getValue(PostgresqlConnectionFactoryProvider.SSL_MODE);
		if (sslMode != null) {
			// A string, or r2dbc-postgresql's SSLMode, whose toString() is the libpq name
			// ("verify-full").
			dataSource.setSslMode(sslMode.toString());
		}
		var rootCertificate = options.getValue(PostgresqlConnectionFactoryProvider.SSL_ROOT_CERT);
		if (rootCertificate != null) {
			dataSource.setSslRootCert(rootCertificate.toString());
		}
		return dataSource;
	}

}
