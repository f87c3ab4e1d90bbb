package io.todoplatform.distributed;

import java.util.List;

/**
 * One replica of an app-id in a {@link DistributedTopology}: its application and the
 * sidecar next to it.
 */
public record App(AppProcess process, Sidecar sidecar) {

	/** {@code kill -9} of the pod: the app and its sidecar at once. */
	public void kill() {
		process.kill();
		sidecar.kill();
	}

	/**
	 * Starts the pod again (both at once, as at first) and waits until the app is ready
	 * and the sidecar healthy.
	 */
	public void start() {
		Parallel.run(List.of(sidecar::start, process::start));
		sidecar.awaitHealthy();
	}

	/**
	 * Its name in logs and folders: the app-id, with the replica's number from the second
	 * on.
	 */
	static String name(String appId, int replica) {
		return replica == 1 ? appId : appId + "-" + replica;
	}

	@Override
	public String toString() {
		return "App %s on %s (actuator %s, sidecar HTTP %d, gRPC %d): ready in %s, sidecar healthy in %s".formatted(
				process.process().name(), process.baseUrl(), process.managementUrl(), sidecar.httpPort(),
				sidecar.grpcPort(), DistributedTopology.seconds(process.startUpTime()),
				DistributedTopology.seconds(sidecar.process().startUpTime()));
	}
}
