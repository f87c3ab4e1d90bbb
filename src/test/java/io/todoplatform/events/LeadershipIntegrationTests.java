package io.todoplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.todoplatform.TodoPlatform;
import io.todoplatform.storage.ModuleSchema;
import io.todoplatform.support.Api;
import io.todoplatform.support.RecordedEvents;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of the application on one database: exactly one leads each schema's
 * events, a commit made by either is relayed by the leader at once, and when the leader
 * goes, the other takes over what is pending.
 */
class LeadershipIntegrationTests {

	// The assistant's schema has no events, so nobody leads it.
	private static final List<String> SCHEMAS = List.of("tasks", "recurrence", "notifications");

	static EmbeddedPostgres database;

	@TempDir
	Path unusedDataDir;

	@BeforeAll
	static void startDatabase() throws Exception {
		database = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		database.close();
	}

	@Test
	void exactlyOneReplicaLeadsAndRelaysWhatTheOtherCommitsAndTheOtherTakesOverWhenItGoes() {
		try (var first = start(); var second = start()) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> SCHEMAS.stream().allMatch(schema -> leads(first, schema) != leads(second, schema)));
			var leader = leads(first, "tasks") ? first : second;
			var standby = leader == first ? second : first;
			assertThat(leads(first, "assistant") || leads(second, "assistant")).as("a schema without events").isFalse();

			// Committed through the standby, handled by the leader's subscribers: the
			// commit woke the leader.
			var api = Api.of(standby);
			var id = api.createId(api.newUser(), Map.of("title", "Through the standby"));
			assertThat(recorder(leader).awaitAbout(id, received -> !received.isEmpty())).hasSize(1);

			leader.getBean(Leadership.class).stop();
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> SCHEMAS.stream().allMatch(schema -> leads(standby, schema)));
			var after = api.createId(api.newUser(), Map.of("title", "After the leader went"));
			assertThat(recorder(standby).awaitAbout(after, received -> !received.isEmpty())).hasSize(1);
			assertThat(recorder(leader).about(after)).isEmpty();
		}
	}

	/**
	 * The queue gauges are counted by the leader alone; the other replica shows 0, so the
	 * sum over replicas is the figure, also after the lead moved.
	 */
	@Test
	void onlyTheLeaderShowsTheDepthOfTheQueuesAndItsSuccessorTakesOver() {
		try (var first = start(); var second = start()) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> leads(first, "notifications") != leads(second, "notifications"));
			var leader = leads(first, "notifications") ? first : second;
			var standby = leader == first ? second : first;
			var poison = Poison.taskWithAnUnstorableReminder(leader.getBean(JsonMapper.class));
			standby.getBean(TransactionalOperator.class)
				.transactional(standby.getBean(Outbox.class)
					.append(standby.getBean("tasksSchema", ModuleSchema.class), poison))
				.block();

			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> setAside(leader, "notifications") >= 1);
			var counted = setAside(leader, "notifications");
			assertThat(setAside(standby, "notifications")).isZero();

			leader.getBean(Leadership.class).stop();
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> setAside(standby, "notifications") == counted);
			assertThat(setAside(leader, "notifications")).isZero();
		}
	}

	@Test
	void aLeaderWhoseConnectionIsCutLeadsAgainAndMissesNothing() {
		try (var app = start()) {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> leads(app, "tasks"));

			var cut = terminateLeaderConnections();

			assertThat(cut).isEqualTo(SCHEMAS.size());
			var api = Api.of(app);
			var id = api.createId(api.newUser(), Map.of("title", "After the cut"));
			assertThat(recorder(app).awaitAbout(id, received -> !received.isEmpty())).hasSize(1);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> leads(app, "tasks"));
		}
	}

	@Test
	void anIdleLeaderReadsNothing() throws InterruptedException {
		try (var app = start()) {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> leads(app, "tasks"));
			Thread.sleep(1_000);
			var before = eventTableReads();

			Thread.sleep(3_000);

			// Not zero: a backend reports its statistics up to 10 s late, so the start-up
			// rounds may still show.
			// A drain that polls reads thousands of times.
			assertThat(eventTableReads() - before).as("reads of the outbox and inbox tables in 3 idle seconds")
				.isLessThan(60);
		}
	}

	private static boolean leads(ConfigurableApplicationContext app, String schema) {
		return app.getBean(Leadership.class).leads(app.getBean(schema + "Schema", ModuleSchema.class));
	}

	private static RecordedEvents recorder(ConfigurableApplicationContext app) {
		return app.getBean(RecordedEvents.class);
	}

	/**
	 * Ends the sessions that hold the leaders' advisory locks, as a database restart or a
	 * network cut would.
	 */
	private static long terminateLeaderConnections() {
		try (var connection = database.getPostgresDatabase().getConnection();
				var statement = connection.prepareStatement("select count(pg_terminate_backend(pid)) from pg_locks"
						+ " where locktype = 'advisory' and classid = ? and granted")) {
			statement.setLong(1, 0x746f646fL);
			var result = statement.executeQuery();
			result.next();
			return result.getLong(1);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long eventTableReads() {
		try (var connection = database.getPostgresDatabase().getConnection();
				var statement = connection.prepareStatement("select sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0))"
						+ " from pg_stat_user_tables where relname in ('outbox', 'inbox')")) {
			// Statistics are sent at the end of a transaction and read from a snapshot: a
			// fresh one each time.
			connection.createStatement().execute("select pg_stat_clear_snapshot()");
			var result = statement.executeQuery();
			result.next();
			return result.getLong(1);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static double setAside(ConfigurableApplicationContext app, String schema) {
		return app.getBean(MeterRegistry.class).get("todo.events.set-aside").tag("schema", schema).gauge().value();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TodoPlatform.class, RecordedEvents.class).run("--server.port=0",
				"--todo.storage.data-dir=" + unusedDataDir,
				"--spring.r2dbc.url=r2dbc:postgresql://localhost:" + database.getPort() + "/postgres",
				"--spring.r2dbc.username=postgres", "--todo.events.metrics-interval=1s");
	}

}
