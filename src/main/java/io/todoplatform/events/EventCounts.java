package io.todoplatform.events;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.todoplatform.events.dapr.DaprTopics;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.stereotype.Component;

/**
 * Counts events by topic as the relay hands them to the transport
 * ({@code todo.events.published}, tags {@code schema}, {@code topic}) and as consumers
 * take them ({@code todo.events.handled}, tags {@code consumer}, {@code topic},
 * {@code outcome}); set-aside events are also counted by type and cause
 * ({@code todo.events.dead-lettered}). The topic is the Dapr topic of the event's type,
 * {@code in-process} in the local mode, and {@code own} for a module's own events, which
 * go from its outbox to its inbox without a transport: every tag comes from the topic
 * table and the subscriptions, never from an event's data.
 */
@Component
class EventCounts {

	static final String IN_PROCESS = "in-process";

	static final String OWN = "own";

	/** A type the topic table does not list (it could not have been published). */
	private static final String NO_TOPIC = "none";

	/** What became of an event a consumer was offered. */
	enum Outcome {

		/** Its handler applied it. */
		HANDLED("handled"),
		/**
		 * The consumer had it already (waiting or handled): not taken or applied again.
		 */
		DUPLICATE("duplicate"),
		/** Its handler failed; its lane waits and it comes again. */
		RETRIED("retried"),
		/** Never to be handled: kept for an operator. */
		SET_ASIDE("set-aside");

		private final String tag;

		Outcome(String tag) {
			this.tag = tag;
		}

	}

	private final MeterRegistry meters;

	private final UnaryOperator<String> topicOf;

	EventCounts(MeterRegistry meters, EventSettings settings, DaprTopics topics, Subscribers subscribers) {
		this.meters = meters;
		this.topicOf = "dapr".equals(settings.transport()) ? type -> topics.topicOf(type).orElse(NO_TOPIC)
				: type -> IN_PROCESS;
		// Every outcome of every consumer is there from the start, at 0, so that a rate
		// or an alert over one finds its series before the first event.
		subscribers.all()
			.forEach(subscription -> subscription.eventTypes()
				.forEach(type -> Arrays.stream(Outcome.values())
					.forEach(outcome -> handledCounter(subscription, type, outcome))));
	}

	void published(ModuleSchema schema, CloudEvent event) {
		Counter.builder("todo.events.published")
			.description("Events the relay handed to the transport")
			.tags("schema", schema.name(), "topic", topicOf.apply(event.type()))
			.register(meters)
			.increment();
	}

	void handled(Subscription subscription, String type, Outcome outcome) {
		handledCounter(subscription, type, outcome).increment();
	}

	/** Set aside for the cause given ({@code unprocessable}, {@code exhausted}). */
	void setAside(Subscription subscription, String type, String cause) {
		handled(subscription, type, Outcome.SET_ASIDE);
		meters.counter("todo.events.dead-lettered", "consumer", subscription.consumer(), "type", type, "cause", cause)
			.increment();
	}

	private Counter handledCounter(Subscription subscription, String type, Outcome outcome) {
		var topic = subscription.ownTypes().contains(type) ? OWN : topicOf.apply(type);
		return Counter.builder("todo.events.handled")
			.description("Events offered to a consumer, by what became of them")
			.tags("consumer", subscription.consumer(), "topic", topic, "outcome", outcome.tag)
			.register(meters);
	}

}
