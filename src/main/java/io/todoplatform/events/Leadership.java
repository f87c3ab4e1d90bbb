package io.todoplatform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every active module schema has a leader among the replicas that run its module
 * ({@link SchemaLeader}); this process competes for each of its schemas from start-up to
 * shutdown. Taking the lead delivers whatever a previous run or another replica committed
 * and did not get to deliver.
 */
@Component
class Leadership implements SmartLifecycle {

	private final Map<ModuleSchema, SchemaLeader> leaders = new ConcurrentHashMap<>();

	private final List<ModuleSchema> schemas;

	private final RelayConnections connections;

	private final EventTransport transport;

	private final Subscribers subscribers;

	private final Inbox inbox;

	private final JsonMapper json;

	private final RetryPolicy retry;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Duration retention;

	private final EventCounts counts;

	private final QueueDepths depths;

	private volatile boolean running;

	Leadership(List<ModuleSchema> schemas, RelayConnections connections, EventTransport transport,
			Subscribers subscribers, Inbox inbox, JsonMapper json, RetryPolicy retry, MeterRegistry meters, Clock clock,
			EventSettings settings, EventCounts counts, QueueDepths depths) {
		// A schema without events has no outbox or inbox to lead.
		this.schemas = schemas.stream().filter(ModuleSchema::hasEvents).toList();
		this.connections = connections;
		this.transport = transport;
		this.subscribers = subscribers;
		this.inbox = inbox;
		this.json = json;
		this.retry = retry;
		this.meters = meters;
		this.clock = clock;
		this.retention = settings.retention();
		this.counts = counts;
		this.depths = depths;
		this.schemas.forEach(schema -> Gauge.builder("todo.events.leader", () -> leads(schema) ? 1 : 0)
			.description("1 while this replica leads the schema's events")
			.tag("schema", schema.name())
			.register(meters));
	}

	/** Whether this process leads the schema's events right now. */
	boolean leads(ModuleSchema schema) {
		var leader = leaders.get(schema);
		return leader != null && leader.leads();
	}

	private SchemaDuties duties(ModuleSchema schema) {
		var database = connections.database();
		return new SchemaDuties(
				new Drain(schema.name() + " outbox",
						new OutboxQueue(schema, database, transport, inbox, json, retry,
								new EventLag(meters, clock, schema, "outbox"), counts),
						retry),
				new Drain(schema.name() + " inbox",
						new InboxQueue(schema, database, subscribers, json, retry, counts, clock,
								new EventLag(meters, clock, schema, "inbox")),
						retry),
				new Retention(schema, database, retention).daily(), depths.watch(schema));
	}

	@Override
	public void start() {
		running = true;
		schemas.forEach(schema -> leaders
			.computeIfAbsent(schema, key -> new SchemaLeader(key, connections.dedicated(), this::duties))
			.start());
	}

	@Override
	public void stop() {
		running = false;
		leaders.values().forEach(SchemaLeader::stop);
		leaders.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
