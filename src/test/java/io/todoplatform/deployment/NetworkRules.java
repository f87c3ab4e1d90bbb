package io.todoplatform.deployment;

import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * A NetworkPolicy's rules as "peer -> port/protocol" lines, one per peer and port, so two
 * policies compare as sets. The expected lines are what an app-id's pod may do with the
 * chart's defaults (values.yaml).
 */
final class NetworkRules {

	private static final String RELEASE_PODS = "app.kubernetes.io/instance=todo-platform,app.kubernetes.io/name=todo-platform";

	static final Set<String> EXPECTED_INGRESS = Set.of(
			// The ingress controller to the public API.
			"namespace kubernetes.io/metadata.name=app-routing-system -> 8080/TCP",
			// Prometheus to the app's management port and the sidecar's metrics.
			"namespace kubernetes.io/metadata.name=monitoring -> 8081/TCP",
			"namespace kubernetes.io/metadata.name=monitoring -> 9090/TCP",
			// `helm test` pods to readiness.
			"pods app.kubernetes.io/component=test," + RELEASE_PODS + " -> 8081/TCP");

	static final Set<String> EXPECTED_EGRESS = Set.of(
			"namespace kubernetes.io/metadata.name=kube-system pods k8s-app=kube-dns -> 53/UDP",
			"namespace kubernetes.io/metadata.name=kube-system pods k8s-app=kube-dns -> 53/TCP",
			// PostgreSQL, Kafka.
			"cidr 10.0.0.0/8 -> 5432/TCP", "cidr 0.0.0.0/0 -> 9092/TCP",
			// Dapr's control plane: sentry, operator, placement, scheduler.
			"namespace kubernetes.io/metadata.name=dapr-system -> 50001/TCP",
			"namespace kubernetes.io/metadata.name=dapr-system -> 6500/TCP",
			"namespace kubernetes.io/metadata.name=dapr-system -> 50005/TCP",
			"namespace kubernetes.io/metadata.name=dapr-system -> 50006/TCP",
			// HTTPS to public addresses: OIDC keys, Key Vault, Entra ID, FCM, webhooks.
			"cidr 0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16 -> 443/TCP",
			// Traces to the OTLP collector.
			"namespace kubernetes.io/metadata.name=monitoring -> 4317/TCP",
			"namespace kubernetes.io/metadata.name=monitoring -> 4318/TCP");

	private NetworkRules() {
	}

	/**
	 * The service invocation of the assistant's tools: tasks' sidecar to the others' (ADR
	 * 0037).
	 */
	static Set<String> expectedIngress(String appId) {
		return appId.equals("tasks") ? EXPECTED_INGRESS
				: plus(EXPECTED_INGRESS, "pods app.kubernetes.io/component=tasks," + RELEASE_PODS + " -> 50002/TCP");
	}

	static Set<String> expectedEgress(String appId) {
		return !appId.equals("tasks") ? EXPECTED_EGRESS
				: plus(EXPECTED_EGRESS,
						"pods app.kubernetes.io/component=notifications," + RELEASE_PODS + " -> 50002/TCP",
						"pods app.kubernetes.io/component=recurrence," + RELEASE_PODS + " -> 50002/TCP");
	}

	private static Set<String> plus(Set<String> lines, String... more) {
		var all = new TreeSet<>(lines);
		all.addAll(Set.of(more));
		return all;
	}

	static Set<String> ingress(JsonNode policy) {
		return lines(policy.at("/spec/ingress"), "from");
	}

	static Set<String> egress(JsonNode policy) {
		return lines(policy.at("/spec/egress"), "to");
	}

	private static Set<String> lines(JsonNode rules, String peers) {
		var lines = new TreeSet<String>();
		for (var rule : rules) {
			for (var peer : rule.path(peers)) {
				for (var port : rule.path("ports")) {
					lines.add(peer(peer) + " -> " + port.path("port").asString() + "/"
							+ port.path("protocol").asString());
				}
			}
		}
		return lines;
	}

	private static String peer(JsonNode peer) {
		if (peer.has("ipBlock")) {
			var except = peer.at("/ipBlock/except").valueStream().map(JsonNode::asString).toList();
			return "cidr " + peer.at("/ipBlock/cidr").asString()
					+ (except.isEmpty() ? "" : " except " + String.join(",", except));
		}
		var selectors = new ArrayList<String>();
		if (peer.has("namespaceSelector")) {
			selectors.add("namespace " + labels(peer.path("namespaceSelector")));
		}
		if (peer.has("podSelector")) {
			selectors.add("pods " + labels(peer.path("podSelector")));
		}
		return String.join(" ", selectors);
	}

	private static String labels(JsonNode selector) {
		return selector.path("matchLabels")
			.propertyStream()
			.map(entry -> entry.getKey() + "=" + entry.getValue().asString())
			.sorted()
			.collect(Collectors.joining(","));
	}

}
