package io.todoplatform.distributed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Dapr scheduler (with its embedded etcd) that stores and fires the jobs the sidecars
 * schedule; its data folder outlives restarts, so scheduled jobs do too.
 */
public final class DaprScheduler implements AutoCloseable {

	private static final Duration READINESS = Duration.ofSeconds(30);

	private final int port = FreePorts.next();

	private final int healthzPort = FreePorts.next();

	private final ManagedProcess scheduler;

	public DaprScheduler(Path binary, Path folder) {
		var etcdDataDir = folder.toAbsolutePath().resolve("etcd");
		// Its defaults (healthz 8080, metrics 9090, etcd 2379/2380) clash with common
		// ports; the listen address
		// matters because the sidecars dial the address the scheduler announces.
		this.scheduler = new ManagedProcess("scheduler",
				List.of(binary.toString(), "--id", "s0", "--port", Integer.toString(port), "--listen-address",
						FreePorts.HOST, "--healthz-port", Integer.toString(healthzPort), "--metrics-port",
						Integer.toString(FreePorts.next()), "--metrics-listen-address", FreePorts.HOST,
						"--etcd-data-dir", etcdDataDir.toString(), "--etcd-client-port",
						Integer.toString(FreePorts.next()), "--etcd-client-listen-address", FreePorts.HOST,
						"--etcd-initial-cluster", "s0=http://" + FreePorts.HOST + ":" + FreePorts.next(), "--mode",
						"standalone"),
				Map.of("DAPR_HOST_IP", FreePorts.HOST));
	}

	/** What a sidecar's {@code --scheduler-host-address} takes. */
	public String address() {
		return FreePorts.HOST + ":" + port;
	}

	public ManagedProcess process() {
		return scheduler;
	}

	/**
	 * Starts the scheduler and waits until it reports healthy; its healthz port, alone,
	 * listens on every interface.
	 */
	public void start() {
		scheduler.start();
		scheduler.awaitHttp("http://" + FreePorts.HOST + ":" + healthzPort + "/healthz", 200, READINESS);
	}

	public void stop() {
		scheduler.stop();
	}

	public void kill() {
		scheduler.kill();
	}

	@Override
	public void close() {
		stop();
	}

}
