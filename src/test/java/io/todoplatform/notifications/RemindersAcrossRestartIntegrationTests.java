package io.todoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.todoplatform.support.MailServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A reminder that falls due while the local mode is stopped arrives when it starts again:
 * late, once.
 */
class RemindersAcrossRestartIntegrationTests {

	private final Path dataDir = Path.of("target/test-data/restart-" + UUID.randomUUID());

	@Test
	void aReminderDueWhileStoppedArrivesOnceAfterTheRestart() {
		var name = "user-" + UUID.randomUUID();
		var email = name + "@example.test";
		Instant fireAt;
		try (var running = start()) {
			var api = Api.of(running);
			var user = api.signIn(name);
			api.settings(user, Map.of("email", email));
			// From here on, not from the start: the first call also reads the API
			// document (Api.of checks answers). Far enough ahead for a loaded machine to
			// register the reminder before this run stops.
			fireAt = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.MILLIS);
			var taskId = api.createId(user,
					Map.of("title", "While away", "reminders", List.of(Map.of("at", fireAt.toString()))));
			// Armed from the task's event, after the create's answer: the list may still
			// be empty at first.
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> api.reminders(user, taskId)
					.stream()
					.anyMatch(reminder -> "SCHEDULED".equals(reminder.get("status"))));
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.between(Instant.now(), fireAt).plusSeconds(1))
			.until(() -> true);
		assertThat(MailServer.to(email)).isEmpty();

		try (var running = start()) {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> MailServer.to(email).size() == 1);
			Awaitility.await()
				.during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(3))
				.until(() -> MailServer.to(email).size() == 1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--todo.storage.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + MailServer.port());
	}

}
