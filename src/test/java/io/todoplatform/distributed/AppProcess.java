package io.todoplatform.distributed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One app-id of the platform: the packaged jar run in its own JVM with the Spring profile named after the app-id,
 * talking to its sidecar and to the shared PostgreSQL. Its port stays the same across restarts.
 */
public final class AppProcess implements AutoCloseable {

	/** Two Spring Boot applications starting at once on two cores take their time. */
	private static final Duration READINESS = Duration.ofSeconds(180);

	private final String appId;
	private final int port;
	private final ManagedProcess jvm;

	/**
	 * @param port where the app listens, chosen by the caller because the sidecar must know it too
	 * @param identityKeyFile shared by every app-id, so that a token issued by one is accepted by all
	 * @param dataDir the app's own folder
	 * @param extraEnvironment on top of what the harness sets
	 */
	AppProcess(AppImage image, String appId, int port, Sidecar sidecar, String r2dbcUrl, Path identityKeyFile,
			Path dataDir, Map<String, String> extraEnvironment) {
		this.appId = appId;
		this.port = port;
		var environment = new HashMap<>(extraEnvironment);
		// Tests and benchmarks sign many users in from one address and send more than a person would.
		environment.putIfAbsent("TODO_LIMITS_PER_USER_REQUESTS", "1000000");
		environment.putIfAbsent("TODO_LIMITS_PER_ADDRESS_REQUESTS", "1000000");
		environment.putAll(Map.of("SPRING_PROFILES_ACTIVE", appId, "SERVER_PORT", Integer.toString(port),
				"SPRING_R2DBC_URL", r2dbcUrl, "DAPR_HTTP_PORT", Integer.toString(sidecar.httpPort()), "DAPR_GRPC_PORT",
				Integer.toString(sidecar.grpcPort()), "TODO_IDENTITY_LOCAL_KEY_FILE",
				identityKeyFile.toAbsolutePath().toString(), "TODO_DATA_DIR", dataDir.toAbsolutePath().toString()));
		this.jvm = new ManagedProcess("app-" + appId, image.command(), environment)
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

	public ManagedProcess process() {
		return jvm;
	}

	/** Starts the JVM and waits until the app reports itself ready for traffic. */
	public void start() {
		jvm.start();
		jvm.awaitHttp(baseUrl() + "/actuator/health/readiness", 200, READINESS);
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
