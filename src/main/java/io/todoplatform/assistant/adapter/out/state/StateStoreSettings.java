package io.todoplatform.assistant.adapter.out.state;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where conversations are kept in the distributed mode
 * ({@code todo.assistant.conversations.*}, with {@code store=dapr}).
 *
 * @param stateStore the name of the sidecar's state store component
 * @param daprEndpoint the sidecar's HTTP endpoint
 * @param daprApiToken what the sidecar expects in {@code dapr-api-token}, if anything
 * @param timeout how long one call of the sidecar may take
 */
@ConfigurationProperties("todo.assistant.conversations")
record StateStoreSettings(@DefaultValue("chat-history") String stateStore,
		@DefaultValue("http://127.0.0.1:3500") String daprEndpoint, @Nullable String daprApiToken,
		@DefaultValue("10s") Duration timeout) {
}
