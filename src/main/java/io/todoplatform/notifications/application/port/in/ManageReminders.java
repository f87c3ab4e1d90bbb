package io.todoplatform.notifications.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.domain.Reminder;
import io.todoplatform.notifications.domain.ReminderId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What users do with their reminders.
 */
public interface ManageReminders {

	int MOST_LISTED = 1000;

	Flux<Reminder> list(String owner, @Nullable UUID taskId);

	/**
	 * @throws ReminderNotFoundException (as an error signal) when the user has no such
	 * reminder
	 */
	Mono<Reminder> snooze(String owner, ReminderId id, Duration duration);

	/** Whether a snooze link, as read from its query, was made by this platform. */
	boolean isSnoozeLink(ReminderId id, Instant fireAt, String signature);

	/**
	 * Snoozes from a signed link. A link names one firing: it works while the reminder
	 * still fires at {@code fireAt}, so it works once.
	 * @throws InvalidLinkException (as an error signal) when the signature is not the
	 * link's
	 * @throws ReminderNotFoundException (as an error signal) when the reminder no longer
	 * fires at that time
	 */
	Mono<Reminder> snoozeFiring(ReminderId id, Instant fireAt, String signature, Duration duration);

}
