package io.todoplatform.notifications.application.port.out;

import java.time.Instant;

import io.todoplatform.notifications.domain.PrunedHistory;
import reactor.core.publisher.Mono;

/**
 * What the module keeps of reminders that are over.
 */
public interface History {

	/**
	 * Removes reminders that finished (sent, cancelled, failed) before {@code horizon},
	 * and records of deliveries made before it, except those of a firing that still waits
	 * to be finished. Several processes may call this at once: one prunes, the others get
	 * empty.
	 */
	Mono<PrunedHistory> pruneBefore(Instant horizon);

}
