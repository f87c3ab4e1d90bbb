package io.todoplatform.events;

import java.time.Clock;

import io.todoplatform.storage.ModuleSchema;
import reactor.core.publisher.Mono;

/**
 * One module's outbox, for its adapters: they hand over the payload record of what
 * happened, to what and for whom; the envelope (type, id, source, time, trace context,
 * JSON data) is filled in here, the same way for every module.
 */
public final class ModuleOutbox {

	private final Outbox outbox;

	private final ModuleSchema schema;

	private final String source;

	private final TraceContext trace;

	private final Payloads payloads;

	private final Clock clock;

	ModuleOutbox(Outbox outbox, ModuleSchema schema, String source, TraceContext trace, Payloads payloads,
			Clock clock) {
		this.outbox = outbox;
		this.schema = schema;
		this.source = source;
		this.trace = trace;
		this.payloads = payloads;
		this.clock = clock;
	}

	/**
	 * Appends an event inside the caller's transaction.
	 * @param subject the id of what the event is about
	 * @param partitionKey the owning user's id
	 * @param payload a record with its type name ({@code @DomainEvent} or
	 * {@code @Command}): its JSON is the data
	 */
	public Mono<Void> append(String subject, String partitionKey, Object payload) {
		return trace.traceparent()
			.flatMap(traceparent -> outbox.append(schema, CloudEvent.of(source, WireTypes.of(payload.getClass()),
					subject, clock.instant(), partitionKey, traceparent.orElse(null), payloads.write(payload))));
	}

}
