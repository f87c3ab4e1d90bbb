package io.todoplatform.events;

import java.time.Duration;
import java.util.Set;

import io.todoplatform.events.dapr.DaprSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the events module ({@code todo.events.*}).
 *
 * @param transport {@code in-process} (the local mode: every module in this JVM) or
 * {@code dapr} (between app-ids)
 * @param retry how failed events are offered again ({@link RetryPolicy})
 * @param retention how long handled and set-aside events are remembered
 * ({@link Retention})
 * @param dapr the distributed mode's pub/sub and sidecar
 * @param metricsInterval how often the leader of a schema counts what waits in its outbox
 * and inbox ({@link QueueDepths}): at least a second
 */
@ConfigurationProperties("todo.events")
record EventSettings(@DefaultValue("in-process") String transport, @DefaultValue RetryPolicy retry,
		@DefaultValue("30d") Duration retention, @DefaultValue DaprSettings dapr,
		@DefaultValue("15s") Duration metricsInterval) {

	private static final Set<String> TRANSPORTS = Set.of("in-process", "dapr");

	EventSettings {
		if (!TRANSPORTS.contains(transport)) {
			throw new IllegalArgumentException("todo.events.transport is in-process or dapr, not " + transport);
		}
		if (metricsInterval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("todo.events.metrics-interval is at least 1s, not " + metricsInterval);
		}
	}
}
