package io.todoplatform.events.dapr;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The distributed mode's settings, {@code todo.events.dapr.*} (part of the events
 * module's settings).
 *
 * @param pubsub the name of the Dapr pub/sub component
 * @param topics event types by Kafka topic ({@link DaprTopics})
 * @param publishTimeout how long publishing one event through the sidecar may take
 * @param appApiToken the sidecar's {@code APP_API_TOKEN} ({@code SidecarTokenSettings})
 * @param allowUnauthenticatedSidecar no token, for development on loopback only
 */
public record DaprSettings(@DefaultValue("events") String pubsub, @Nullable Map<String, List<String>> topics,
		@DefaultValue("5s") Duration publishTimeout, @Nullable String appApiToken,
		boolean allowUnauthenticatedSidecar) {
}
