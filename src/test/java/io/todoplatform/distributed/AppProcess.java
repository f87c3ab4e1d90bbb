package io.todoplatform.distributed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One replica of an app-id of the platform: the packaged jar run in its own JVM with the
 * Spring profile named after the app-id, talking to its sidecar and to the shared
 * PostgreSQL. It serves the API on one port and actuator on a management port of its own;
 * both stay the same across restarts.
 */
public final class AppProcess implements AutoCloseable {

	/** Two Spring Boot applications starting at once on two cores take their time. */
	private static final Duration READINESS = Duration.ofSeconds(180);

	private final String appId;

	private final int port;

	private final int managementPort = FreePorts.next();

	private final ManagedProcess jvm;

	/**
	 * @param name names its log, {@code app-<name>}: the app-id, with the replica's
	 * number from the second on
	 * @param port where the app listens, chosen by the caller because the sidecar must
	 * know it too
	 * @param identityKeyFile shared by every app-id, so that a token issued by one is
	 * accepted by all
	 * @param dataDir the app's own folder
	 * @param extraEnvironment on top of what the harness sets
	 */
	AppProcess(AppImage image, String name, String appId, int port, Sidecar sidecar, SidecarTokens tokens,
			String r2dbcUrl, Path identityKeyFile, Path dataDir, Map<String, String> extraEnvironment) {
		this.appId = appId;
		this.port = port;
		var environment = new HashMap<>(extraEnvironment);
		// Tests and benchmarks sign many users in from one address and send more than a
		// person would.
		environment.putIfAbsent("TODO_LIMITS_PER_USER_REQUESTS", "1000000");
		environment.putIfAbsent("TODO_LIMITS_PER_ADDRESS_REQUESTS", "1000000");
		environment.putAll(Map.of("SPRING_PROFILES_ACTIVE", appId, "SERVER_PORT", Integer.toString(port),
				"MANAGEMENT_SERVER_PORT", Integer.toString(managementPort), "SPRING_R2DBC_URL", r2dbcUrl,
				"DAPR_HTTP_PORT", Integer.toString(sidecar.httpPort()), "DAPR_GRPC_PORT",
				Integer.toString(sidecar.grpcPort()), "TODO_IDENTITY_LOCAL_KEY_FILE",
				identityKeyFile.toAbsolutePath().toString(), "TODO_DATA_DIR", dataDir.toAbsolutePath().toString()));
		// What the sidecar proves itself with, and what the Dapr SDK proves the app with
		// to the sidecar.
		environment.putAll(Map.of("TODO_EVENTS_DAPR_APP_API_TOKEN", tokens.appApiToken(), "DAPR_API_TOKEN",
				tokens.daprApiToken()));
		this.jvm = new ManagedProcess("app-" + name, image.command(), environment)
			// The harness reads plain text logs, whatever the developer's shell asks for.
			.withoutEnvironment("LOG_FORMAT");
	}

	public String appId() {
		return appId;
	}

	public int port() {
		return port;
	}

	public String baseUrl() {
		return "http://" + FreePorts.HOST + ":" + port;
	}

	/**
	 * Where actuator is: {@code /actuator/health/liveness}, {@code .../readiness},
	 * {@code /actuator/prometheus}.
	 */
	public String managementUrl() {
		return "http://" + FreePorts.HOST + ":" + managementPort;
	}

	public ManagedProcess process() {
		return jvm;
	}

	/** Starts the JVM and waits until the app reports itself ready for traffic. */
	public void start() {
		jvm.start();
		jvm.awaitHttp(managementUrl() + "/actuator/health/readiness", 200, READINESS);
	}

	/** SIGTERM: a graceful shutdown, as an orchestrator would do it. */
	public void stop() {
		jvm.stop();
	}

	/** SIGKILL: a crash, with no shutdown hooks and nothing flushed. */
	public void kill() {
		jvm.kill();
	}

	public long rssBytes() {
		return jvm.rssBytes();
	}

	/** From the JVM's start to its first ready answer, for the last start. */
	public Duration startUpTime() {
		return jvm.startUpTime();
	}

	@Override
	public void close() {
		stop();
	}

}
