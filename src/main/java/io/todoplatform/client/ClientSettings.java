package io.todoplatform.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this process reaches the public API ({@code todo.client.*}).
 *
 * @param dapr true where the other modules run as app-ids of their own (the distributed
 * mode): their APIs are then called through the sidecar's service invocation
 * @param daprEndpoint the sidecar's HTTP endpoint
 * @param daprApiToken what the sidecar expects in {@code dapr-api-token}, if anything
 * @param timeout how long one API call may take
 */
@ConfigurationProperties("todo.client")
record ClientSettings(boolean dapr, @DefaultValue("http://127.0.0.1:3500") String daprEndpoint,
		@Nullable String daprApiToken, @DefaultValue("10s") Duration timeout) {
}
