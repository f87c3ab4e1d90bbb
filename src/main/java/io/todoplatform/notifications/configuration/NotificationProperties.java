package io.todoplatform.notifications.configuration;

import java.time.Duration;

import io.todoplatform.notifications.domain.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notifications module's settings ({@code todo.notifications.*}; which scheduler
 * runs, {@code todo.notifications.scheduler}, is read by the conditions that choose the
 * scheduler's beans).
 *
 * @param publicUrl where users reach this app: the base of links in notices
 * @param linkSecret keys the HMAC of snooze links; empty: a random key, and links die
 * with the process
 * @param inProcess the local mode's timers: how a trigger that must come again is retried
 * @param dapr the distributed mode's Dapr jobs: their failure policy, and how long a call
 * to the sidecar may take
 * @param retention how long finished reminders and delivery records are kept
 * ({@code retention.schedule}, when they are pruned, is a cron expression the pruning
 * reads)
 */
@ConfigurationProperties("todo.notifications")
public record NotificationProperties(String publicUrl, @DefaultValue("") String linkSecret, @DefaultValue Email email,
		@DefaultValue Delivery delivery, @DefaultValue Retries inProcess, @DefaultValue Jobs dapr,
		@DefaultValue Retention retention, @DefaultValue FcmProperties fcm, @DefaultValue WebhookProperties webhook) {

	public NotificationProperties {
		// Null when the setting is absent: the binder passes what it has.
		if (publicUrl == null) {
			throw new IllegalArgumentException("todo.notifications.public-url is required: the address users reach "
					+ "this app at, for the links in notices");
		}
	}

	/**
	 * @param from the sender of reminder emails
	 */
	public record Email(@DefaultValue("Todo Platform <reminders@localhost>") String from) {
	}

	/**
	 * @param firstBackoff the wait before a channel's first retry of a delivery; it
	 * doubles with each retry
	 */
	public record Delivery(@DefaultValue("1s") Duration firstBackoff) {
	}

	/**
	 * @param retryInterval the wait before a trigger that must come again comes; after
	 * maxRetries, the next start
	 */
	public record Retries(@DefaultValue("10s") Duration retryInterval, @DefaultValue("60") int maxRetries) {
	}

	/**
	 * @param timeout the longest a call to the sidecar's Jobs API may take
	 */
	public record Jobs(@DefaultValue("10s") Duration retryInterval, @DefaultValue("60") int maxRetries,
			@DefaultValue("5s") Duration timeout) {
	}
}
