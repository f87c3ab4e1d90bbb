package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code spring.r2dbc.url} set, the application uses that server for both its data
 * and its migrations, and starts no database of its own.
 */
class ExternalDatabaseIntegrationTests {

	@TempDir
	Path unusedDataDir;

	@Test
	void anExternalDatabaseIsMigratedAndUsed() throws Exception {
		try (var external = EmbeddedPostgres.builder().start();
				var context = new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
						"--todo.storage.data-dir=" + unusedDataDir,
						"--spring.r2dbc.url=r2dbc:postgresql://localhost:" + external.getPort() + "/postgres",
						"--spring.r2dbc.username=postgres")) {

			assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			assertThat(unusedDataDir).isEmptyDirectory();

			var api = Api.of(context);
			var id = api.createId(api.newUser(), Map.of("title", "Stored externally"));

			assertThat(titleInExternalDatabase(external, id)).isEqualTo("Stored externally");
		}
	}

	private static String titleInExternalDatabase(EmbeddedPostgres external, String id) throws SQLException {
		try (var connection = external.getPostgresDatabase().getConnection();
				var statement = connection.prepareStatement("select title from tasks.task where id = ?::uuid")) {
			statement.setString(1, id);
			var result = statement.executeQuery();
			result.next();
			return result.getString(1);
		}
	}

}
