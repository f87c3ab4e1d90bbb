package io.todoplatform.distributed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dapr.client.DaprClient;
import io.dapr.client.DaprClientBuilder;
import io.dapr.config.Properties;

/**
 * The Dapr sidecar ({@code daprd}) of one replica of an app-id: it carries the app's
 * pub/sub over Kafka and its jobs to and from the scheduler. Its ports stay the same
 * across restarts, so its app keeps talking to it after an outage. It proves itself to
 * its app with the app-id's {@link SidecarTokens#appApiToken()}, and its own API wants
 * {@link SidecarTokens#daprApiToken()} (as {@link #API_TOKEN_HEADER}) on every call but
 * health checks.
 */
public final class Sidecar implements AutoCloseable {

	public static final String API_TOKEN_HEADER = "dapr-api-token";

	private static final Duration READINESS = Duration.ofSeconds(60);

	private final String appId;

	private final SidecarTokens tokens;

	private final int httpPort = FreePorts.next();

	private final int grpcPort = FreePorts.next();

	private final int metricsPort = FreePorts.next();

	private final ManagedProcess daprd;

	/**
	 * @param name names its log, {@code daprd-<name>}: the app-id, with the replica's
	 * number from the second on
	 * @param appPort where the app listens; daprd waits for it before it subscribes
	 * @param scheduler the scheduler's address, see {@link DaprScheduler#address()}
	 * @param kafkaBootstrapServers read by the pub/sub component through its
	 * {@code envRef}
	 * @param chatHistory the PostgreSQL (a libpq connection string) of the state store
	 * {@code chat-history}, which only the tasks app-id's sidecar loads
	 * @param internalGrpcPort where other sidecars reach it for service invocation
	 * @param invocation the addresses of the app-ids, see {@link InvocationAddresses}
	 */
	public Sidecar(DaprBinaries binaries, String name, String appId, int appPort, SidecarTokens tokens,
			String scheduler, String kafkaBootstrapServers, String chatHistory, int internalGrpcPort,
			InvocationAddresses invocation) {
		this.appId = appId;
		this.tokens = tokens;
		var resources = Project.dir().resolve("deploy/dapr/local");
		this.daprd = new ManagedProcess("daprd-" + name,
				List.of(binaries.daprd().toString(), "--app-id", appId, "--app-port", Integer.toString(appPort),
						"--app-protocol", "http", "--dapr-listen-addresses", FreePorts.HOST, "--dapr-http-port",
						Integer.toString(httpPort), "--dapr-grpc-port", Integer.toString(grpcPort),
						// Left out, the internal gRPC and metrics ports pick defaults and
						// bind on every interface.
						"--dapr-internal-grpc-port", Integer.toString(internalGrpcPort),
						"--dapr-internal-grpc-listen-address", FreePorts.HOST, "--metrics-port",
						Integer.toString(metricsPort), "--metrics-listen-address", FreePorts.HOST, "--resources-path",
						resources.toString(), "--config", resources.resolve("config.yaml").toString(),
						"--scheduler-host-address", scheduler,
						// No app health checks: with them, a Kafka subscription paused
						// while the app was down can stay silent
						// after it resumes (dapr/components-contrib#4349, seen here after
						// a kill -9). While the app is away the
						// sidecar retries delivery under
						// deploy/dapr/local/resiliency.yaml instead.
						"--log-level", "info"),
				environment(kafkaBootstrapServers, tokens, chatHistory, invocation));
	}

	private static Map<String, String> environment(String kafkaBootstrapServers, SidecarTokens tokens,
			String chatHistory, InvocationAddresses invocation) {
		var environment = new HashMap<>(invocation.environment());
		environment.putAll(Map.of("DAPR_HOST_IP", FreePorts.HOST, "KAFKA_BROKERS", kafkaBootstrapServers,
				"APP_API_TOKEN", tokens.appApiToken(), "DAPR_API_TOKEN", tokens.daprApiToken(),
				"CHAT_HISTORY_CONNECTION_STRING", chatHistory));
		return environment;
	}

	public String appId() {
		return appId;
	}

	public int httpPort() {
		return httpPort;
	}

	public int grpcPort() {
		return grpcPort;
	}

	/** Where daprd serves its own Prometheus metrics ({@code dapr_*}), at {@code /}. */
	public int metricsPort() {
		return metricsPort;
	}

	/**
	 * What it sends its app as {@link #API_TOKEN_HEADER}: for tests that play the
	 * sidecar.
	 */
	public String appApiToken() {
		return tokens.appApiToken();
	}

	/** What a client of this sidecar's API sends as {@link #API_TOKEN_HEADER}. */
	public String apiToken() {
		return tokens.daprApiToken();
	}

	/** A Dapr SDK client of this sidecar's API, with its token; the caller closes it. */
	public DaprClient client() {
		return new DaprClientBuilder().withPropertyOverride(Properties.GRPC_PORT, Integer.toString(grpcPort))
			.withPropertyOverride(Properties.HTTP_PORT, Integer.toString(httpPort))
			.withPropertyOverride(Properties.API_TOKEN, apiToken())
			.build();
	}

	/** Dapr's HTTP API, as the app uses it. */
	public String baseUrl() {
		return "http://" + FreePorts.HOST + ":" + httpPort;
	}

	public ManagedProcess process() {
		return daprd;
	}

	/**
	 * Starts daprd and waits until its outbound side (components, the API for the app) is
	 * up; it then goes on waiting for the app's port, see {@link #awaitHealthy()}.
	 */
	public void start() {
		daprd.start();
		daprd.awaitHttp(baseUrl() + "/v1.0/healthz/outbound", 204, READINESS);
	}

	/** Waits until daprd is fully healthy: it reached the app and the scheduler. */
	public void awaitHealthy() {
		daprd.awaitHttp(baseUrl() + "/v1.0/healthz", 204, READINESS);
	}

	public void stop() {
		daprd.stop();
	}

	public void kill() {
		daprd.kill();
	}

	@Override
	public void close() {
		stop();
	}

}
