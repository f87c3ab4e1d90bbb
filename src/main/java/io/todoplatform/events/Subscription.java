package io.todoplatform.events;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.todoplatform.storage.ModuleSchema;
import reactor.core.publisher.Mono;

/**
 * A module's interest in some event types. The handler runs in a transaction in which the
 * event's id is recorded in the consuming module's schema, so redelivering the same event
 * has the effect of delivering it once.
 * <p>
 * Modules subscribe to the payload records other modules publish ({@link #to}):
 * {@code events} reads the data, and refuses what does not read as the payload. The
 * constructor taking whole CloudEvents is for tools that record any event, such as tests.
 */
public final class Subscription {

	private final Set<String> eventTypes;

	private final String consumer;

	private final ModuleSchema schema;

	private final Map<String, Handler> handlers;

	private final Set<String> ownTypes;

	private final Set<String> typesFromTransport;

	/**
	 * @param consumer a stable name for this handler, e.g. {@code tasks.series-requests};
	 * it keys the record of handled events, so renaming it makes already handled events
	 * look new
	 */
	public Subscription(Set<String> eventTypes, String consumer, ModuleSchema schema,
			Function<CloudEvent, Mono<Void>> handler) {
		this(consumer, schema, everyOf(eventTypes, (event, payloads) -> handler.apply(event)), Set.of());
	}

	private Subscription(String consumer, ModuleSchema schema, Map<String, Handler> handlers, Set<String> ownTypes) {
		this.eventTypes = Set.copyOf(handlers.keySet());
		this.consumer = consumer;
		this.schema = schema;
		this.handlers = Map.copyOf(handlers);
		this.ownTypes = Set.copyOf(ownTypes);
		this.typesFromTransport = eventTypes.stream()
			.filter(type -> !ownTypes.contains(type))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A subscription of the consumer named so (see the constructor), in its module's
	 * schema.
	 */
	public static Builder to(String consumer, ModuleSchema schema) {
		return new Builder(consumer, schema);
	}

	public Set<String> eventTypes() {
		return eventTypes;
	}

	public String consumer() {
		return consumer;
	}

	public ModuleSchema schema() {
		return schema;
	}

	public boolean accepts(CloudEvent event) {
		return eventTypes.contains(event.type());
	}

	/**
	 * Types of its own module's events: they come straight from the module's outbox,
	 * never from the transport.
	 */
	Set<String> ownTypes() {
		return ownTypes;
	}

	/** The types a transport has to bring it. */
	Set<String> typesFromTransport() {
		return typesFromTransport;
	}

	Mono<Void> handle(CloudEvent event, Payloads payloads) {
		var handler = handlers.get(event.type());
		return handler == null
				? Mono.error(new UnprocessableEventException(consumer + " does not take " + event.type()))
				: handler.handle(event, payloads);
	}

	@Override
	public String toString() {
		return consumer + " " + eventTypes;
	}

	private static Map<String, Handler> everyOf(Set<String> types, Handler handler) {
		var handlers = new LinkedHashMap<String, Handler>();
		types.forEach(type -> handlers.put(type, handler));
		return handlers;
	}

	/** How one event type reaches its handler. */
	private interface Handler {

		Mono<Void> handle(CloudEvent event, Payloads payloads);

	}

	/** Collects the payload types a consumer handles, each with its handler. */
	public static final class Builder {

		private final String consumer;

		private final ModuleSchema schema;

		private final Map<String, Handler> handlers = new LinkedHashMap<>();

		private final Set<String> ownTypes = new HashSet<>();

		private Builder(String consumer, ModuleSchema schema) {
			this.consumer = consumer;
			this.schema = schema;
		}

		/**
		 * Handles events whose payload is {@code type}, a record with its type name
		 * ({@code @DomainEvent} or {@code @Command}). The handler maps the payload to its
		 * domain before it returns its work: what it throws while mapping means the data
		 * can never be handled.
		 */
		public <T> Builder on(Class<T> type, Function<? super T, Mono<Void>> handler) {
			add(type, handler);
			return this;
		}

		/**
		 * Handles events of the consumer's own module, as {@link #on} does. They reach
		 * the handler straight from the module's outbox, in the same durable way (a row
		 * in the module's inbox), without a round trip through the transport.
		 */
		public <T> Builder onOwn(Class<T> type, Function<? super T, Mono<Void>> handler) {
			ownTypes.add(add(type, handler));
			return this;
		}

		private <T> String add(Class<T> type, Function<? super T, Mono<Void>> handler) {
			var name = WireTypes.of(type);
			if (handlers.putIfAbsent(name, (event, payloads) -> payloads.handle(event, type, handler)) != null) {
				throw new IllegalArgumentException(consumer + " handles " + name + " twice");
			}
			return name;
		}

		public Subscription build() {
			if (handlers.isEmpty()) {
				throw new IllegalStateException(consumer + " handles no event type");
			}
			return new Subscription(consumer, schema, handlers, ownTypes);
		}

	}

}
