package io.todoplatform.events;

import java.time.Clock;

import io.todoplatform.storage.ModuleSchema;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * One module's outbox, for its adapters: they name what happened, to what and for whom; the envelope (id, source,
 * time, trace context, JSON data) is filled in here, the same way for every module.
 */
public final class ModuleOutbox {

	private final Outbox outbox;
	private final ModuleSchema schema;
	private final String source;
	private final TraceContext trace;
	private final JsonMapper json;
	private final Clock clock;

	ModuleOutbox(Outbox outbox, ModuleSchema schema, String source, TraceContext trace, JsonMapper json, Clock clock) {
		this.outbox = outbox;
		this.schema = schema;
		this.source = source;
		this.trace = trace;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Appends an event inside the caller's transaction.
	 *
	 * @param subject the id of what the event is about
	 * @param partitionKey the owning user's id
	 * @param data serialised as the event's JSON data
	 */
	public Mono<Void> append(String type, String subject, String partitionKey, Object data) {
		return trace.traceparent().flatMap(traceparent -> outbox.append(schema, CloudEvent.of(source, type, subject,
				clock.instant(), partitionKey, traceparent.orElse(null), json.valueToTree(data))));
	}
}
