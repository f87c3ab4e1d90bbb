package io.todoplatform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One relay per active module schema. At start-up every relay is woken once, which delivers whatever a previous run
 * committed but did not get to deliver.
 */
@Component
class OutboxRelays implements SmartLifecycle {

	private final Map<String, OutboxRelay> relays = new ConcurrentHashMap<>();
	private final List<ModuleSchema> schemas;
	private final DatabaseClient database;
	private final EventTransport transport;
	private final JsonMapper json;
	private final OutboxRelay.RelayBackoff backoff;
	private volatile boolean running;

	OutboxRelays(List<ModuleSchema> schemas, RelayConnections connections, EventTransport transport, JsonMapper json,
			@Value("${todo.events.retry.first:100ms}") Duration firstRetry,
			@Value("${todo.events.retry.max:30s}") Duration maxRetry) {
		this.schemas = schemas;
		this.database = connections.database();
		this.transport = transport;
		this.json = json;
		this.backoff = new OutboxRelay.RelayBackoff(firstRetry, maxRetry);
	}

	void wake(ModuleSchema schema) {
		if (running) {
			relay(schema).wake();
		}
	}

	private OutboxRelay relay(ModuleSchema schema) {
		return relays.computeIfAbsent(schema.name(),
				name -> new OutboxRelay(schema, database, transport, json, backoff));
	}

	@Override
	public void start() {
		running = true;
		schemas.forEach(this::wake);
	}

	@Override
	public void stop() {
		running = false;
		relays.values().forEach(OutboxRelay::stop);
		relays.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
