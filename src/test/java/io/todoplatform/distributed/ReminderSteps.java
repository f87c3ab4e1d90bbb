package io.todoplatform.distributed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.dapr.client.domain.GetJobRequest;
import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;

/**
 * What the reminder tests do through the API: users with an email address, their
 * reminders, times soon.
 */
final class ReminderSteps {

	record Recipient(User user, String email) {
	}

	private final Api tasks;

	private final Api notifications;

	ReminderSteps(Api tasks, Api notifications) {
		this.tasks = tasks;
		this.notifications = notifications;
	}

	/**
	 * A new user whose reminders go to an address of their own on the test's SMTP server.
	 */
	Recipient userWithEmail() {
		var user = tasks.newUser();
		var email = user.name() + "@example.test";
		notifications.settings(user, Map.of("email", email));
		return new Recipient(user, email);
	}

	/** The one reminder of the task, once it has the status. */
	Map<String, Object> awaitReminder(User user, String taskId, String status) {
		return E2e
			.await(() -> notifications.reminders(user, taskId),
					reminders -> reminders.size() == 1 && status.equals(reminders.get(0).get("status")),
					Duration.ofSeconds(15))
			.get(0);
	}

	/**
	 * Whether the reminder's job exists, asked through a sidecar of the notifications
	 * app-id with the SDK (the sidecar's HTTP {@code GET} cannot encode a job whose data
	 * the SDK scheduled: "google.protobuf.Any: type_url is not set").
	 */
	static boolean jobExists(Sidecar sidecar, Object reminderId) {
		try (var dapr = sidecar.client()) {
			dapr.getJob(new GetJobRequest("reminder-" + reminderId)).block();
			return true;
		}
		catch (RuntimeException e) {
			if (String.valueOf(e.getMessage()).contains("job not found")) {
				return false;
			}
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static Instant soon(int seconds) {
		return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * Lets time pass, for a reminder to fall due while something is down, or for a second
	 * email to show up.
	 */
	static void pause(Duration duration) {
		try {
			Thread.sleep(Math.max(0, duration.toMillis()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
