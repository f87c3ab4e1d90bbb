package io.todoplatform.deployment;

/**
 * What the chart looks up of Dapr's control plane: the {@code daprsystem} Configuration
 * that Dapr's own Helm chart installs in {@code dapr-system}, with mTLS on or off
 * ({@code global.mtls.enabled}).
 */
final class DaprControlPlane {

	private DaprControlPlane() {
	}

	static void install(KubeApiServer server, boolean mtls) {
		server.kubectl("apply", "-f", "-").succeed("""
				{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "dapr-system"}}
				""");
		server.kubectl("apply", "-f", "-").succeed("""
				{"apiVersion": "dapr.io/v1alpha1", "kind": "Configuration",
				 "metadata": {"name": "daprsystem", "namespace": "dapr-system"},
				 "spec": {"mtls": {"enabled": %s, "workloadCertTTL": "24h", "allowedClockSkew": "15m",
				   "controlPlaneTrustDomain": "cluster.local",
				   "sentryAddress": "dapr-sentry.dapr-system.svc.cluster.local:443"}}}
				""".formatted(mtls));
	}

}
