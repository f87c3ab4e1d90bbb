package io.todoplatform.notifications.application.port.in;

import io.todoplatform.notifications.domain.PrunedHistory;
import reactor.core.publisher.Mono;

/**
 * Forgets finished reminders and delivery records older than the retention age.
 */
public interface PruneHistory {

	/**
	 * Empty when another process of this module is pruning right now: it does the same
	 * work.
	 */
	Mono<PrunedHistory> prune();

}
