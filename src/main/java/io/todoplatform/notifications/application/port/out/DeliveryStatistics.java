package io.todoplatform.notifications.application.port.out;

import java.time.Duration;

/**
 * How deliveries go, by channel ({@link Channel#name()}), for those who operate the
 * module: each attempt's outcome, and how late a reminder reached its destination.
 */
public interface DeliveryStatistics {

	/**
	 * A channel delivered a reminder {@code late} after its fire time (zero when early).
	 */
	void sent(String channel, Duration late);

	/** A channel's attempt failed and is tried again. */
	void retried(String channel);

	/** A channel failed for good, or after its last retry. */
	void failed(String channel);

}
