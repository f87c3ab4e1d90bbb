package io.todoplatform.limits;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request limits ({@code todo.limits.*}; the defaults are in
 * {@code application.yaml}).
 *
 * @param enabled off only for a measurement of what the limits cost
 * @param store where requests are counted: {@code memory} when this process is the only
 * one (the local mode), {@code postgresql} when several processes must share the limit
 * (the distributed mode, several replicas)
 * @param perUser for authenticated requests, counted by the token's subject
 * @param perAddress for requests without a user (the local token endpoint), counted by
 * the client's address (an IPv6 client by its /64 network)
 */
@ConfigurationProperties("todo.limits")
public record LimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("memory") Store store,
		Policy perUser, Policy perAddress) {

	public enum Store {

		MEMORY, POSTGRESQL

	}

	/**
	 * @param requests how many requests a caller may make in a window
	 * @param window how long a window lasts from the caller's first request in it, in
	 * whole seconds
	 * @param paths the request paths it covers, as Spring path patterns ({@code /api/**})
	 */
	public record Policy(int requests, Duration window, List<String> paths) {

		public Policy {
			if (requests < 1 || window.toMillis() < 1000 || window.toMillis() % 1000 != 0) {
				throw new IllegalArgumentException("A request limit needs at least one request in a window of whole "
						+ "seconds, not " + requests + " in " + window);
			}
			paths = List.copyOf(paths);
		}
	}
}
