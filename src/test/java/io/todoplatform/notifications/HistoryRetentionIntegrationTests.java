package io.todoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.PruneHistory;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Finished reminders and delivery records are pruned by the app itself once they are
 * older than the retention age (30 days): here the daily job runs every second, to see it
 * happen.
 */
@ApiTest
@TestPropertySource(properties = "todo.notifications.retention.schedule=* * * * * *")
class HistoryRetentionIntegrationTests {

	private static final Duration OLD = Duration.ofDays(31);

	private static final Duration RECENT = Duration.ofDays(29);

	@Autowired
	DatabaseClient database;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	PruneHistory history;

	@Autowired
	WebTestClient web;

	@Test
	void finishedRemindersAndDeliveriesOlderThanTheAgeArePrunedByTheAppItselfTheRestStays() throws SQLException {
		// The rows go in while the pruning lock is held, as if another replica pruned: a
		// prune running between two inserts would leave a delivery whose reminder it had
		// just deleted, which the app never does (it records deliveries of waiting
		// reminders only).
		var otherReplica = pruningHeldBack();
		var sentLongAgo = reminder("SENT", OLD, OLD);
		var cancelledLongAgo = reminder("CANCELLED", OLD, OLD);
		var failedLongAgo = reminder("FAILED", OLD, OLD);
		var sentRecently = reminder("SENT", RECENT, RECENT);
		var claimedLongAgo = reminder("SCHEDULED", OLD, Duration.ofDays(40));
		var snoozedAfterASend = reminder("SCHEDULED", OLD, Duration.ofDays(-1));
		delivery(sentLongAgo, OLD);
		delivery(sentRecently, RECENT);
		// A firing whose delivery started long ago and never finished: its record keeps
		// it from being sent twice.
		delivery(claimedLongAgo, OLD);
		earlierDelivery(snoozedAfterASend, OLD);
		otherReplica.commit();
		otherReplica.close();

		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> reminders(sentLongAgo, cancelledLongAgo, failedLongAgo).isEmpty());

		assertThat(reminders(sentLongAgo, sentRecently, claimedLongAgo, snoozedAfterASend))
			.containsExactlyInAnyOrder(sentRecently, claimedLongAgo, snoozedAfterASend);
		assertThat(deliveriesOf(sentLongAgo, sentRecently, claimedLongAgo, snoozedAfterASend))
			.containsExactlyInAnyOrder(sentRecently, claimedLongAgo);
	}

	@Test
	void whileAnotherReplicaHoldsThePruningLockThisOneLeavesTheWorkToIt() throws SQLException {
		try (var otherReplica = pruningHeldBack()) {
			var sentLongAgo = reminder("SENT", OLD, OLD);

			assertThat(history.prune().blockOptional(Duration.ofSeconds(10))).isEmpty();
			Awaitility.await()
				.during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> reminders(sentLongAgo).size() == 1);

			otherReplica.commit();
			Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> reminders(sentLongAgo).isEmpty());
		}
	}

	@Test
	void aReminderWhoseTimeIsFurtherBackThanTheAgeIsNotSentWhenItFirstBecomesKnown() {
		var api = new Api(web);
		var user = api.newUser();
		var longAgo = Instant.now().minus(OLD).truncatedTo(ChronoUnit.SECONDS);
		var lately = Instant.now().minus(RECENT).truncatedTo(ChronoUnit.SECONDS);

		var taskId = api.createId(user, Map.of("title", "Long overdue", "reminders",
				List.of(Map.of("at", longAgo.toString()), Map.of("at", lately.toString()))));

		var reminders = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> api.reminders(user, taskId), list -> !list.isEmpty());
		assertThat(reminders).extracting(reminder -> reminder.get("fireAt")).containsExactly(lately.toString());
	}

	/**
	 * A connection that holds the pruning lock until it commits, as a replica that prunes
	 * does.
	 */
	private Connection pruningHeldBack() throws SQLException {
		var connection = postgres.getPostgresDatabase().getConnection();
		connection.setAutoCommit(false);
		connection.createStatement()
			.execute("select pg_advisory_xact_lock(hashtext('todo-platform.notifications.retention'))");
		return connection;
	}

	/**
	 * A reminder that finished (last changed) {@code finished} ago and fires
	 * {@code firesAgo} ago.
	 */
	private UUID reminder(String status, Duration finished, Duration firesAgo) {
		var id = UUID.randomUUID();
		var fireAt = ago(firesAgo);
		database
			.sql("insert into notifications.reminder (id, owner, task_id, rule, rule_fire_at, fire_at, status, "
					+ "attempts, sent_at, last_error, updated_at) values (:id, 'retention', :task, "
					+ "cast(:rule as jsonb), :fire_at, :fire_at, :status, 1, null, null, :updated_at)")
			.bind("id", id)
			.bind("task", UUID.randomUUID())
			.bind("rule", "{\"at\":\"" + fireAt.toInstant() + "\"}")
			.bind("fire_at", fireAt)
			.bind("status", status)
			.bind("updated_at", ago(finished))
			.then()
			.block();
		return id;
	}

	/**
	 * A record that the reminder's current firing reached someone {@code delivered} ago.
	 */
	private void delivery(UUID reminder, Duration delivered) {
		database
			.sql("insert into notifications.delivery (reminder_id, fire_at, destination, channel, delivered_at) "
					+ "select id, fire_at, 'email:someone@example.test', 'email', :at from notifications.reminder "
					+ "where id = :id")
			.bind("id", reminder)
			.bind("at", ago(delivered))
			.then()
			.block();
	}

	/**
	 * A record of a firing before the reminder's current one (it was sent, then snoozed),
	 * {@code ago}.
	 */
	private void earlierDelivery(UUID reminder, Duration ago) {
		database
			.sql("insert into notifications.delivery (reminder_id, fire_at, destination, channel, delivered_at) "
					+ "values (:id, :at, 'email:someone@example.test', 'email', :at)")
			.bind("id", reminder)
			.bind("at", ago(ago))
			.then()
			.block();
	}

	private List<UUID> reminders(UUID... ids) {
		return database.sql("select id from notifications.reminder where id = any(:ids)")
			.bind("ids", ids)
			.map(row -> row.get("id", UUID.class))
			.all()
			.collectList()
			.block();
	}

	private List<UUID> deliveriesOf(UUID... ids) {
		return database.sql("select reminder_id from notifications.delivery where reminder_id = any(:ids)")
			.bind("ids", ids)
			.map(row -> row.get("reminder_id", UUID.class))
			.all()
			.collectList()
			.block();
	}

	private static OffsetDateTime ago(Duration duration) {
		return Instant.now().minus(duration).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
