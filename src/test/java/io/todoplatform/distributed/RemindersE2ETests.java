package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.MailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders through the three app-ids: tasks publishes the task, notifications schedules
 * a Dapr job through its own sidecar, the Dapr scheduler triggers it, and the email
 * reaches a real SMTP server in this JVM.
 */
class RemindersE2ETests {

	private static DistributedTopology topology;

	private static Api tasks;

	private static Api notifications;

	private static ReminderSteps steps;

	@BeforeAll
	static void start() {
		topology = DistributedTopology.start(TopologyOptions.forTests("reminders")
			.withEnvironment(Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT",
					Integer.toString(MailServer.port()), "TODO_NOTIFICATIONS_DAPR_RETRY_INTERVAL", "2s",
					"TODO_NOTIFICATIONS_DELIVERY_FIRST_BACKOFF", "50ms",
					// The failing webhook of a test is plain HTTP on loopback.
					"TODO_NOTIFICATIONS_WEBHOOK_DEVELOPMENT", "true")));
		tasks = Api.at(topology.app("tasks").process().baseUrl());
		notifications = Api.at(topology.app("notifications").process().baseUrl());
		steps = new ReminderSteps(tasks, notifications);
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	void aReminderIsADaprJobThatTriggersOneEmail() {
		var user = steps.userWithEmail();
		var fireAt = ReminderSteps.soon(5);
		var taskId = tasks.createId(user.user(),
				Map.of("title", "Through Dapr", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var reminder = steps.awaitReminder(user.user(), taskId, "SCHEDULED");
		E2e.await(() -> jobExists(reminder), exists -> exists, Duration.ofSeconds(10));

		E2e.await(() -> MailServer.to(user.email()).size(), count -> count == 1, Duration.ofSeconds(20));

		var sent = steps.awaitReminder(user.user(), taskId, "SENT");
		assertThat(Instant.parse((String) sent.get("sentAt"))).isAfterOrEqualTo(fireAt);
		E2e.await(() -> jobExists(reminder), exists -> !exists, Duration.ofSeconds(10));
		ReminderSteps.pause(Duration.ofSeconds(2));
		assertThat(MailServer.to(user.email())).hasSize(1);
	}

	@Test
	void completingTheTaskDeletesItsJob() {
		var user = steps.userWithEmail();
		var taskId = tasks.createId(user.user(),
				Map.of("title", "Done early", "reminders", List.of(Map.of("at", ReminderSteps.soon(120).toString()))));
		var reminder = steps.awaitReminder(user.user(), taskId, "SCHEDULED");
		E2e.await(() -> jobExists(reminder), exists -> exists, Duration.ofSeconds(10));

		tasks.complete(user.user(), taskId);

		steps.awaitReminder(user.user(), taskId, "CANCELLED");
		E2e.await(() -> jobExists(reminder), exists -> !exists, Duration.ofSeconds(10));
	}

	@Test
	void aReminderDueWhileNotificationsIsKilledArrivesOnceAfterItsRestart() {
		var user = steps.userWithEmail();
		var fireAt = ReminderSteps.soon(8);
		var taskId = tasks.createId(user.user(),
				Map.of("title", "Crash", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var reminder = steps.awaitReminder(user.user(), taskId, "SCHEDULED");
		E2e.await(() -> jobExists(reminder), exists -> exists, Duration.ofSeconds(10));

		var app = topology.app("notifications").process();
		app.kill();
		ReminderSteps.pause(Duration.between(Instant.now(), fireAt).plusSeconds(3));
		assertThat(MailServer.to(user.email())).isEmpty();
		app.start();

		E2e.await(() -> MailServer.to(user.email()).size(), count -> count == 1, Duration.ofSeconds(30));
		ReminderSteps.pause(Duration.ofSeconds(3));
		assertThat(MailServer.to(user.email())).hasSize(1);
		assertThat(steps.awaitReminder(user.user(), taskId, "SENT")).containsEntry("fireAt", fireAt.toString());
	}

	@Test
	void aDestinationThatKeepsFailingEndsInFailedWithAnEventOnAlertsDlq() {
		var user = steps.userWithEmail();
		notifications.settings(user.user(), Map.of("email", user.email(), "push",
				List.of(Map.of("type", "webhook", "url", "http://127.0.0.1:9/never", "secret", "0123456789abcdef"))));
		var taskId = tasks.createId(user.user(),
				Map.of("title", "Half way", "reminders", List.of(Map.of("at", ReminderSteps.soon(2).toString()))));

		var reminder = steps.awaitReminder(user.user(), taskId, "FAILED");

		var dlq = new TopicReader(topology.kafka().bootstrapServers()).await("alerts-dlq",
				record -> record.value().contains((String) reminder.get("id")), found -> !found.isEmpty(),
				Duration.ofSeconds(15));
		assertThat(dlq.get(0).key()).isEqualTo(user.user().name());
		assertThat(dlq.get(0).value()).contains("\"type\":\"alert.failed\"");
		assertThat(MailServer.to(user.email())).hasSize(1);
	}

	private static boolean jobExists(Map<String, Object> reminder) {
		return ReminderSteps.jobExists(topology.app("notifications").sidecar(), reminder.get("id"));
	}

}
