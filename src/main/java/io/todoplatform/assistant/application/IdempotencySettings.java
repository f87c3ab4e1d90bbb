package io.todoplatform.assistant.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a call made with an idempotency key is remembered
 * ({@code todo.assistant.idempotency.*}, ADR 0039).
 *
 * @param retention how long a repeat with the same key gets the first call's result
 * @param patience how long a repeat waits for the first call while that one still runs
 * @param pendingTimeout how long a call may hold its key without a result: after it (the
 * process died, the caller went away), the key is free again
 */
@ConfigurationProperties("todo.assistant.idempotency")
record IdempotencySettings(@DefaultValue("24h") Duration retention, @DefaultValue("10s") Duration patience,
		@DefaultValue("2m") Duration pendingTimeout) {
}
