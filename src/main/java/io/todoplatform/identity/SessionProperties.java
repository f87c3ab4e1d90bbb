package io.todoplatform.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long browser sessions live ({@code todo.identity.sessions.*}).
 *
 * @param timeout a session unused this long is gone: its user signs in again
 * @param sweepEvery how often each replica deletes the rows of sessions that are gone
 */
@ConfigurationProperties("todo.identity.sessions")
record SessionProperties(@DefaultValue("8h") Duration timeout, @DefaultValue("10m") Duration sweepEvery) {

	SessionProperties {
		if (timeout.toSeconds() < 1 || timeout.toSeconds() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("todo.identity.sessions.timeout must be at least 1s, not " + timeout);
		}
		if (!sweepEvery.isPositive()) {
			throw new IllegalArgumentException(
					"todo.identity.sessions.sweep-every must be positive, not " + sweepEvery);
		}
	}

}
