package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * kube-apiserver, kubectl, etcd, helm, checkov, the CRDs the chart needs, and for the
 * experiments of {@code deploy/chaos} Chaos Mesh's CRDs and its webhook checks
 * ({@code chaos-validate}), from {@code deploy/k8s/build-tools.sh}: built from the Go
 * module proxy into {@code ~/.cache/todo-platform} the first time (about 15 minutes on
 * two busy cores), found there afterwards. A build that fails fails the tests, with the
 * script's log; nothing is skipped.
 */
record KubernetesTools(Path kubeApiserver, Path kubectl, Path etcd, Path helm, Path daprCrds, Path prometheusCrds,
		Path chaosCrds, Path chaosValidate, Path checkov) {

	private static final Duration BUILD = Duration.ofMinutes(45);

	private static KubernetesTools located;

	static synchronized KubernetesTools locate() {
		if (located == null) {
			located = build();
		}
		return located;
	}

	private static KubernetesTools build() {
		var built = ToolScript.run("deploy/k8s/build-tools.sh", BUILD);
		return new KubernetesTools(built.executable("KUBE_APISERVER"), built.executable("KUBECTL"),
				built.executable("ETCD"), built.executable("HELM"), built.path("DAPR_CRDS"),
				built.path("PROMETHEUS_CRDS"), built.path("CHAOS_CRDS"), built.executable("CHAOS_VALIDATE"),
				built.executable("CHECKOV"));
	}

	/**
	 * Azure Monitor managed Prometheus' ServiceMonitor CRD, written into {@code folder}:
	 * the Prometheus Operator's, with the group {@code azmonitoring.coreos.com}, which is
	 * how Azure documents the one its metrics add-on installs on AKS (the AKS values
	 * select it); no module the proxy serves carries Azure's file.
	 */
	Path azureMonitorCrds(Path folder) {
		var source = prometheusCrds.resolve("monitoring.coreos.com_servicemonitors.yaml");
		var crds = folder.resolve("azure-monitor-crds");
		try {
			Files.createDirectories(crds);
			Files.writeString(crds.resolve("azmonitoring.coreos.com_servicemonitors.yaml"),
					Files.readString(source).replace("monitoring.coreos.com", "azmonitoring.coreos.com"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return crds;
	}

}
