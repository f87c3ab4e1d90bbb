package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

class SchemaMigrationsUnitTests {

	@Test
	void theMigrationsConnectWithTheSameTlsChecksAsTheApplication() {
		var options = ConnectionFactoryOptions.parse("r2dbc:postgresql://app:s3cret@db.example:6543/todo"
				+ "?sslMode=verify-full&sslRootCert=/etc/ssl/azure.pem");

		var dataSource = SchemaMigrations.jdbcDataSource(options);

		assertThat(dataSource.getServerNames()).containsExactly("db.example");
		assertThat(dataSource.getPortNumbers()).containsExactly(6543);
		assertThat(dataSource.getDatabaseName()).isEqualTo("todo");
		assertThat(dataSource.getUser()).isEqualTo("app");
		assertThat(dataSource.getSslMode()).isEqualTo("verify-full");
		assertThat(dataSource.getSslRootCert()).isEqualTo("/etc/ssl/azure.pem");
	}

	@Test
	void withoutTlsSettingsTheDriversDefaultsApply() {
		var dataSource = SchemaMigrations.jdbcDataSource(ConnectionFactoryOptions.parse("r2dbc:postgresql://db/todo"));

		assertThat(dataSource.getSslMode()).isNull();
	}

}
