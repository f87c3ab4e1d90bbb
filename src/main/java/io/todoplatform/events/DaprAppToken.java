package io.todoplatform.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Proves that a call on a route only the sidecar uses ({@code /events/**},
 * {@code /job/**}) comes from this app's sidecar: Dapr sends its {@code APP_API_TOKEN} as
 * the {@code dapr-api-token} header. A process that has such routes refuses to start
 * without a token, unless loopback development is asked for explicitly; otherwise whoever
 * reaches its port could post events or fire reminders for any user.
 * <p>
 * Lazy: created when a process has such routes ({@link SidecarOnlyRoute}), for the
 * security configuration that checks them. The local mode has no such route, so it needs
 * no token.
 */
@Component
@Lazy
public class DaprAppToken {

	public static final String HEADER = "dapr-api-token";

	private static final Logger log = LoggerFactory.getLogger(DaprAppToken.class);

	private final byte @Nullable [] expected;

	DaprAppToken(SidecarTokenSettings settings, @Value("${server.address:}") String serverAddress) {
		if (settings.appApiToken() != null) {
			this.expected = settings.appApiToken().getBytes(StandardCharsets.UTF_8);
			return;
		}
		if (!settings.allowUnauthenticatedSidecar()) {
			throw new IllegalStateException("This process serves routes only its Dapr sidecar may call (/events/**, "
					+ "/job/**), and nothing proves a call comes from the sidecar: set TODO_EVENTS_DAPR_APP_API_TOKEN "
					+ "(todo.events.dapr.app-api-token) to the sidecar's APP_API_TOKEN; for development on loopback "
					+ "only, todo.events.dapr.allow-unauthenticated-sidecar=true");
		}
		if (!isLoopback(serverAddress)) {
			throw new IllegalStateException("todo.events.dapr.allow-unauthenticated-sidecar=true is for loopback "
					+ "development only, but the server binds "
					+ (serverAddress.isBlank() ? "every address" : serverAddress)
					+ ": set TODO_EVENTS_DAPR_APP_API_TOKEN to the sidecar's APP_API_TOKEN");
		}
		log.warn("Routes only the Dapr sidecar may call accept calls without its token "
				+ "(todo.events.dapr.allow-unauthenticated-sidecar=true, server on {})", serverAddress);
		this.expected = null;
	}

	/**
	 * Whether the header proves that the call comes from this app's sidecar (in constant
	 * time).
	 */
	public boolean proves(@Nullable String header) {
		return expected == null
				|| header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
	}

	/** No address means every address; a name is resolved, as the server would. */
	private static boolean isLoopback(String address) {
		if (address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}

}
