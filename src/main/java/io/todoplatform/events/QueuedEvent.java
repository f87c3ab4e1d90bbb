package io.todoplatform.events;

import java.time.Instant;

import io.r2dbc.postgresql.codec.Json;
import org.jspecify.annotations.Nullable;

/**
 * An event waiting in a schema's outbox (to go out) or inbox (to be handled by one
 * consumer).
 *
 * @param seq its place in the table: the order of its lane
 * @param lane the events that keep their order among themselves: one user's (of one
 * consumer, in an inbox)
 * @param consumer the subscription it waits for, in an inbox; none in an outbox
 * @param attempts how often handing it on failed so far
 * @param firstFailedAt when the first of those attempts failed
 */
record QueuedEvent(long seq, String lane, @Nullable String consumer, Json event, int attempts,
		@Nullable Instant firstFailedAt) {
}
