package io.todoplatform.events;

import java.util.Set;
import java.util.function.Function;

import io.todoplatform.storage.ModuleSchema;
import reactor.core.publisher.Mono;

/**
 * A module's interest in some event types. The handler runs in a transaction in which the event's id is recorded in the
 * consuming module's schema, so redelivering the same event has the effect of delivering it once.
 *
 * @param consumer a stable name for this handler, e.g. {@code tasks.create-instance}; it keys the record of handled
 * events, so renaming it makes already handled events look new
 */
public record Subscription(Set<String> eventTypes, String consumer, ModuleSchema schema,
		Function<CloudEvent, Mono<Void>> handler) {

	public Subscription {
		eventTypes = Set.copyOf(eventTypes);
	}

	public boolean accepts(CloudEvent event) {
		return eventTypes.contains(event.type());
	}
}
