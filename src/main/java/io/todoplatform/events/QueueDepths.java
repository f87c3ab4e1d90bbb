package io.todoplatform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.todoplatform.storage.ModuleSchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What waits in each schema's outbox and inbox, how long the oldest of it has waited, and
 * how many events are set aside: gauges {@code todo.events.backlog} and
 * {@code todo.events.oldest} (tags {@code schema}, {@code queue}) and
 * {@code todo.events.set-aside} (tag {@code schema}). The lag timer records hand-overs
 * only, so a relay that stalls shows here and nowhere else. The schema's leader counts
 * with one query every {@code todo.events.metrics-interval}, on the application's pool
 * rather than the relay's, so that counting never holds up relaying; a scrape reads the
 * last count. Every other replica, and a leader once it stops leading, shows 0: summed or
 * maxed by schema, the figures are the leader's.
 */
@Component
class QueueDepths {

	private static final Logger log = LoggerFactory.getLogger(QueueDepths.class);

	private final Map<ModuleSchema, Shown> shown;

	private final DatabaseClient database;

	private final Duration interval;

	QueueDepths(List<ModuleSchema> schemas, MeterRegistry meters, DatabaseClient database, EventSettings settings) {
		this.shown = schemas.stream()
			.filter(ModuleSchema::hasEvents)
			.collect(Collectors.toMap(schema -> schema, schema -> new Shown()));
		this.database = database;
		this.interval = settings.metricsInterval();
		shown.forEach((schema, depths) -> {
			gauge(meters, "todo.events.backlog", "Events waiting in the queue to be handed over", schema, "outbox",
					depths, Depths::outbox);
			gauge(meters, "todo.events.backlog", "Events waiting in the queue to be handed over", schema, "inbox",
					depths, Depths::inbox);
			gauge(meters, "todo.events.oldest", "How long the oldest event in the queue has waited", schema, "outbox",
					depths, Depths::outboxOldest);
			gauge(meters, "todo.events.oldest", "How long the oldest event in the queue has waited", schema, "inbox",
					depths, Depths::inboxOldest);
			Gauge.builder("todo.events.set-aside", depths, each -> each.depths.setAside())
				.description("Events set aside as poison, kept for an operator")
				.tag("schema", schema.name())
				.register(meters);
		});
	}

	private static void gauge(MeterRegistry meters, String name, String description, ModuleSchema schema, String queue,
			Shown shown, ToDoubleFunction<Depths> figure) {
		var gauge = Gauge.builder(name, shown, each -> figure.applyAsDouble(each.depths))
			.description(description)
			.tags("schema", schema.name(), "queue", queue);
		(name.endsWith("oldest") ? gauge.baseUnit("seconds") : gauge).register(meters);
	}

	/**
	 * Counts the schema's queues now and every interval after, until disposed; then shows
	 * 0 again.
	 */
	Disposable watch(ModuleSchema schema) {
		var depths = shown.get(schema);
		var stopped = new AtomicBoolean();
		var counting = Flux.interval(Duration.ZERO, interval)
			.onBackpressureDrop()
			.concatMap(tick -> count(schema).onErrorResume(failure -> {
				log.warn("Counting the {} events failed; trying again in {}: {}", schema.name(), interval,
						failure.toString());
				return Mono.empty();
			}), 1)
			.subscribe(counted -> depths.show(counted, stopped));
		return () -> {
			counting.dispose();
			depths.stop(stopped);
		};
	}

	/** One statement: both tables' counts and oldest waiting times, in seconds. */
	private Mono<Depths> count(ModuleSchema schema) {
		var name = schema.name();
		return database
			.sql("select o.waiting as outbox, extract(epoch from now() - o.oldest)::float8 as outbox_oldest,"
					+ " i.waiting as inbox, extract(epoch from now() - i.oldest)::float8 as inbox_oldest, i.set_aside"
					+ " from (select count(*) as waiting, min(created_at) as oldest from " + name + ".outbox) o,"
					+ " (select count(*) filter (where set_aside_at is null) as waiting,"
					+ " min(received_at) filter (where set_aside_at is null) as oldest,"
					+ " count(*) filter (where set_aside_at is not null) as set_aside from " + name + ".inbox) i")
			.map(row -> new Depths(number(row.get("outbox", Long.class)),
					seconds(row.get("outbox_oldest", Double.class)), number(row.get("inbox", Long.class)),
					seconds(row.get("inbox_oldest", Double.class)), number(row.get("set_aside", Long.class))))
			.one()
			.timeout(interval);
	}

	private static long number(@Nullable Long count) {
		return count == null ? 0 : count;
	}

	/** None waiting is 0; a commit stamped a moment ahead of this statement too. */
	private static double seconds(@Nullable Double age) {
		return age == null ? 0 : Math.max(0, age);
	}

	private record Depths(long outbox, double outboxOldest, long inbox, double inboxOldest, long setAside) {

		static final Depths NONE = new Depths(0, 0, 0, 0, 0);

	}

	/** The figures the gauges show for one schema. */
	private static final class Shown {

		private volatile Depths depths = Depths.NONE;

		/** A count that arrives after its watch ended is not shown. */
		synchronized void show(Depths counted, AtomicBoolean stopped) {
			if (!stopped.get()) {
				depths = counted;
			}
		}

		synchronized void stop(AtomicBoolean stopped) {
			stopped.set(true);
			depths = Depths.NONE;
		}

	}

}
