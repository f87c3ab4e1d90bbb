package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.distributed.FreePorts;
import io.todoplatform.distributed.ManagedProcess;

/**
 * A real Kubernetes API server on loopback: etcd and kube-apiserver as child processes,
 * RBAC on, one token of {@code system:masters}. No scheduler and no kubelet, so nothing
 * runs, but every object is validated (OpenAPI schemas, CRD structural schemas, strict
 * field validation) and admitted (Pod Security) as a cluster would.
 */
final class KubeApiServer implements AutoCloseable {

	private static final Duration READY = Duration.ofSeconds(120);

	private final KubernetesTools tools;

	private final Path kubeconfig;

	private final ManagedProcess etcd;

	private final ManagedProcess apiServer;

	private KubeApiServer(KubernetesTools tools, Path folder) throws IOException {
		this.tools = tools;
		var etcdPort = FreePorts.next();
		var peerPort = FreePorts.next();
		var apiPort = FreePorts.next();
		var token = UUID.randomUUID().toString();
		Files.writeString(folder.resolve("tokens.csv"), token + ",admin,admin,\"system:masters\"\n");
		// The service-account signing key; the server's own serving certificate it makes
		// itself in --cert-dir.
		Files.writeString(folder.resolve("service-accounts.key"), privateKeyPem());
		this.etcd = new ManagedProcess("etcd",
				List.of(tools.etcd().toString(), "--name", "test", "--data-dir", folder.resolve("etcd").toString(),
						"--unsafe-no-fsync", "--listen-client-urls", "http://127.0.0.1:" + etcdPort,
						"--advertise-client-urls", "http://127.0.0.1:" + etcdPort, "--listen-peer-urls",
						"http://127.0.0.1:" + peerPort, "--initial-advertise-peer-urls", "http://127.0.0.1:" + peerPort,
						"--initial-cluster", "test=http://127.0.0.1:" + peerPort),
				Map.of());
		var key = folder.resolve("service-accounts.key").toString();
		this.apiServer = new ManagedProcess("kube-apiserver",
				List.of(tools.kubeApiserver().toString(), "--etcd-servers", "http://127.0.0.1:" + etcdPort,
						"--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1", "--secure-port",
						Integer.toString(apiPort), "--cert-dir", folder.resolve("certificates").toString(),
						"--token-auth-file", folder.resolve("tokens.csv").toString(), "--authorization-mode", "RBAC",
						"--service-account-issuer", "https://kubernetes.default.svc", "--service-account-key-file", key,
						"--service-account-signing-key-file", key, "--service-cluster-ip-range", "10.96.0.0/16",
						"--endpoint-reconciler-type", "none", "--disable-admission-plugins", "ServiceAccount"),
				Map.of());
		this.kubeconfig = folder.resolve("kubeconfig");
		Files.writeString(kubeconfig, """
				apiVersion: v1
				kind: Config
				clusters:
				  - name: test
				    cluster: {server: "https://127.0.0.1:%d", insecure-skip-tls-verify: true}
				users:
				  - name: admin
				    user: {token: "%s"}
				contexts:
				  - name: test
				    context: {cluster: test, user: admin}
				current-context: test
				""".formatted(apiPort, token));
	}

	/**
	 * Starts etcd and the API server in {@code folder} and waits until the server is
	 * ready.
	 */
	static KubeApiServer start(KubernetesTools tools, Path folder) {
		try {
			var server = new KubeApiServer(tools, folder);
			server.etcd.start();
			server.apiServer.start();
			server.apiServer.await("the API server answers ready", READY,
					() -> server.kubectl("get", "--raw", "/readyz").run().succeeded());
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Applies the CRDs of each folder and waits until the server serves them.
	 * Server-side: some CRDs are larger than the annotation a client-side apply would
	 * keep.
	 */
	void installCrds(Path... folders) {
		for (var crds : folders) {
			kubectl("apply", "--server-side", "-f", crds.toString()).succeed();
		}
		kubectl("wait", "--for", "condition=established", "--timeout", "120s", "crd", "--all").succeed();
	}

	Command kubectl(String... arguments) {
		return new Command(List.of(tools.kubectl().toString(), "--kubeconfig", kubeconfig.toString()), Map.of())
			.with(arguments);
	}

	Command helm(String... arguments) {
		return new Command(List.of(tools.helm().toString(), "--kubeconfig", kubeconfig.toString()),
				Map.of("HELM_CACHE_HOME", kubeconfig.resolveSibling("helm/cache").toString(), "HELM_CONFIG_HOME",
						kubeconfig.resolveSibling("helm/config").toString(), "HELM_DATA_HOME",
						kubeconfig.resolveSibling("helm/data").toString()))
			.with(arguments);
	}

	@Override
	public void close() {
		apiServer.stop();
		etcd.stop();
	}

	private static String privateKeyPem() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var encoded = Base64.getMimeEncoder(64, "\n".getBytes())
				.encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
			return "-----BEGIN PRIVATE KEY-----\n" + encoded + "\n-----END PRIVATE KEY-----\n";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
