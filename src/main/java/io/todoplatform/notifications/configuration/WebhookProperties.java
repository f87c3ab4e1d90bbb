package io.todoplatform.notifications.configuration;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How webhooks are called ({@code todo.notifications.webhook.*}), bound as part of the
 * module's settings.
 *
 * @param timeout the longest a delivery may take, from resolving the host to the end of
 * the answer's headers
 * @param connectTimeout the longest a connection may take to open
 * @param maxAnswer how much of an answer's body is read before the connection is dropped:
 * receivers owe no body
 * @param development allows plain http and loopback addresses, for a receiver on a
 * developer's machine; never in production
 */
public record WebhookProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("64KB") DataSize maxAnswer, @DefaultValue("false") boolean development) {

	public WebhookProperties {
		if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException(
					"todo.notifications.webhook.timeout and connect-timeout must be positive");
		}
	}
}
