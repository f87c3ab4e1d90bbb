package io.todoplatform.notifications.application.port.out;

import java.util.List;

import io.todoplatform.notifications.domain.Reminder;
import reactor.core.publisher.Mono;

/**
 * The events about reminders ({@code alert.*}), appended in the transaction of the change
 * they report. The module arms and disarms its scheduler from its own
 * {@code alert.scheduled} and {@code alert.cancelled}, so that a crash right after a
 * commit cannot leave a reminder unarmed.
 */
public interface ReminderEvents {

	Mono<Void> scheduled(Reminder reminder);

	Mono<Void> cancelled(Reminder reminder);

	/**
	 * @param channels the channels that delivered it (none when the user has no
	 * destinations)
	 */
	Mono<Void> sent(Reminder reminder, List<String> channels);

	/** Goes to the dead-letter topic: someone has to look at it. */
	Mono<Void> failed(Reminder reminder);

}
