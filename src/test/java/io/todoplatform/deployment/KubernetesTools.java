package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.distributed.ManagedProcess;

/**
 * kube-apiserver, kubectl, etcd, helm, checkov and the CRDs the chart needs, from
 * {@code deploy/k8s/build-tools.sh}: built from the Go module proxy into
 * {@code ~/.cache/todo-platform} the first time (about 15 minutes on two busy cores),
 * found there afterwards. A build that fails fails the tests, with the script's log;
 * nothing is skipped.
 */
record KubernetesTools(Path kubeApiserver, Path kubectl, Path etcd, Path helm, Path daprCrds, Path prometheusCrds,
		Path checkov) {

	private static final Duration BUILD = Duration.ofMinutes(45);

	private static KubernetesTools located;

	static synchronized KubernetesTools locate() {
		if (located == null) {
			located = build();
		}
		return located;
	}

	/**
	 * The script prints progress and then one NAME=path line per tool, all into its log.
	 */
	private static KubernetesTools build() {
		var script = Path.of(System.getProperty("todo.e2e.project-dir", ""))
			.toAbsolutePath()
			.resolve("deploy/k8s/build-tools.sh");
		var build = new ManagedProcess("build-k8s-tools", List.of("bash", script.toString()), Map.of());
		build.run(BUILD);
		var paths = new HashMap<String, Path>();
		try {
			for (var line : Files.readAllLines(build.logFile())) {
				var equals = line.indexOf('=');
				if (equals > 0 && line.substring(0, equals).matches("[A-Z_]+")) {
					paths.put(line.substring(0, equals), Path.of(line.substring(equals + 1)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var tools = new KubernetesTools(path(paths, "KUBE_APISERVER", build), path(paths, "KUBECTL", build),
				path(paths, "ETCD", build), path(paths, "HELM", build), path(paths, "DAPR_CRDS", build),
				path(paths, "PROMETHEUS_CRDS", build), path(paths, "CHECKOV", build));
		for (var binary : List.of(tools.kubeApiserver, tools.kubectl, tools.etcd, tools.helm, tools.checkov)) {
			if (!Files.isExecutable(binary)) {
				throw build.failure("printed " + binary + ", which is not an executable file");
			}
		}
		return tools;
	}

	private static Path path(Map<String, Path> paths, String name, ManagedProcess build) {
		var path = paths.get(name);
		if (path == null) {
			throw build.failure("printed no " + name + "=<path> line");
		}
		return path;
	}
}
