package io.todoplatform.notifications.application.port.out;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.domain.ReminderId;

/**
 * The links a notice carries.
 */
public interface Links {

	URI task(UUID taskId);

	/** A signed link that snoozes this firing of the reminder without signing in. */
	URI snooze(ReminderId id, Instant fireAt);

	/** Whether {@code signature} is the one in the snooze link of this firing. */
	boolean signs(ReminderId id, Instant fireAt, String signature);

}
