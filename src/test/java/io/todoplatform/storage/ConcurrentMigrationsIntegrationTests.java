package io.todoplatform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Replicas that start at once (a rollout, an HPA scaling out, the three app-ids after a
 * database restore) migrate the same schemas at the same moment. Flyway serialises them
 * on PostgreSQL with an advisory lock and retries its own schema and history-table
 * creation, so each migration is applied once and every replica starts.
 */
class ConcurrentMigrationsIntegrationTests {

	private static final int REPLICAS = 6;

	private static final List<ModuleSchema> SCHEMAS = List.of(ModuleSchema.named("tasks"),
			ModuleSchema.named("recurrence"), ModuleSchema.named("notifications"));

	@Test
	void replicasMigratingAnEmptyDatabaseAtOnceApplyEachMigrationOnce() throws Exception {
		try (var database = EmbeddedPostgres.builder().start()) {
			var options = ConnectionFactoryOptions
				.parse("r2dbc:postgresql://postgres@localhost:" + database.getPort() + "/postgres");
			var start = new CyclicBarrier(REPLICAS);
			var replicas = new ArrayList<CompletableFuture<Void>>();
			for (var i = 0; i < REPLICAS; i++) {
				var migrations = new SchemaMigrations(SCHEMAS,
						List.of(new SchemaExtension("events", "classpath:db/migration/events")), List.of(),
						() -> options);
				replicas.add(CompletableFuture.runAsync(() -> {
					await(start);
					migrations.afterSingletonsInstantiated();
				}, Thread.ofPlatform()::start));
			}
			CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).join();

			for (var schema : SCHEMAS) {
				assertThat(appliedMoreThanOnce(database, schema.name() + ".flyway_schema_history")).isEmpty();
				assertThat(appliedMoreThanOnce(database, schema.name() + ".events_schema_history")).isEmpty();
				assertThat(failed(database, schema.name() + ".flyway_schema_history")).isZero();
				assertThat(count(database, "select count(*) from " + schema.name() + ".flyway_schema_history"
						+ " where version is not null and version <> '0'"))
					.isPositive();
			}
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> appliedMoreThanOnce(EmbeddedPostgres database, String history) throws SQLException {
		var versions = new ArrayList<String>();
		try (var connection = database.getPostgresDatabase().getConnection();
				var result = connection.createStatement()
					.executeQuery("select version from " + history
							+ " where version is not null group by version having count(*) > 1")) {
			while (result.next()) {
				versions.add(result.getString(1));
			}
		}
		return versions;
	}

	private static long failed(EmbeddedPostgres database, String history) throws SQLException {
		return count(database, "select count(*) from " + history + " where not success");
	}

	private static long count(EmbeddedPostgres database, String query) throws SQLException {
		try (var connection = database.getPostgresDatabase().getConnection();
				var result = connection.createStatement().executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

}
