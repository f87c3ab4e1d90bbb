package io.todoplatform.distributed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each app-id takes Dapr service invocation calls on loopback: the internal gRPC
 * port of its first replica's sidecar, chosen before any sidecar starts so that every
 * sidecar can be told them all. The sidecars' Configuration
 * ({@code deploy/dapr/local/config.yaml}) resolves an app-id to its
 * {@code TODO_DAPR_<APP-ID>_ADDRESS}; further replicas take no invocations.
 */
record InvocationAddresses(Map<String, Integer> ports) {

	static InvocationAddresses of(List<String> appIds) {
		var ports = new LinkedHashMap<String, Integer>();
		appIds.forEach(appId -> ports.put(appId, FreePorts.next()));
		return new InvocationAddresses(Map.copyOf(ports));
	}

	/** The internal gRPC port of a replica's sidecar: the one named for its first. */
	int internalGrpcPort(String appId, int replica) {
		return replica == 1 && ports.containsKey(appId) ? ports.get(appId) : FreePorts.next();
	}

	/** What every sidecar's environment holds, for the Configuration to read. */
	Map<String, String> environment() {
		var environment = new LinkedHashMap<String, String>();
		ports.forEach((appId, port) -> environment.put("TODO_DAPR_" + appId.toUpperCase(Locale.ROOT) + "_ADDRESS",
				FreePorts.HOST + ":" + port));
		return environment;
	}

}
