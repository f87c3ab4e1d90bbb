package io.todoplatform.events;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.todoplatform.storage.ModuleSchema;

/**
 * How old events are when a schema's outbox hands them to the transport, or its inbox to
 * their consumer: from the change that caused them (the event's {@code time}) to now. Its
 * percentiles show a relay or a consumer falling behind without anything polling the
 * tables ({@code todo.events.lag}, tags {@code schema}, {@code queue}).
 */
final class EventLag {

	private final Timer timer;

	private final Clock clock;

	EventLag(MeterRegistry meters, Clock clock, ModuleSchema schema, String queue) {
		this.timer = Timer.builder("todo.events.lag")
			.description("Time from an event's change to its hand-over by the outbox or inbox")
			.tags("schema", schema.name(), "queue", queue)
			.publishPercentileHistogram()
			.register(meters);
		this.clock = clock;
	}

	void handedOver(CloudEvent event) {
		var lag = Duration.between(event.time(), clock.instant());
		timer.record(lag.isNegative() ? Duration.ZERO : lag);
	}

}
