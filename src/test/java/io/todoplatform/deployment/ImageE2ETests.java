package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.todoplatform.distributed.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OCI image as {@code deploy/image/build.sh} makes it, loaded with podman and run as
 * a pod would run it: uid 10001, read-only root, a tmpfs /tmp, no capabilities, against
 * an external PostgreSQL; each app-id's profile becomes ready on the management port,
 * using the image's AOT cache ({@code -XX:AOTMode=on} fails otherwise).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageE2ETests {

	private static final Duration READY = Duration.ofMinutes(3);

	private static final HttpClient http = HttpClient.newHttpClient();

	private EmbeddedPostgres database;

	private final List<String> containers = new ArrayList<>();

	@BeforeAll
	void buildLoadAndStartTheDatabase() throws Exception {
		OciImage.build();
		OciImage.podman("load", "--input", OciImage.ARCHIVE.toString()).succeed();
		database = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	void removeContainersAndStopTheDatabase() throws Exception {
		for (var container : containers) {
			OciImage.podman("rm", "--force", "--time", "10", container).run();
		}
		if (database != null) {
			database.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasks", "recurrence", "notifications" })
	void eachAppIdGetsReadyInAHardenedContainerFromTheAotCache(String appId) throws Exception {
		var apiPort = FreePorts.next();
		var managementPort = FreePorts.next();
		var name = "todo-image-test-" + appId + "-" + apiPort;
		var started = System.nanoTime();
		OciImage.podman("run", "--detach", "--name", name)
			.with(OciImage.runOptions())
			.with("--env", "SPRING_PROFILES_ACTIVE=" + appId, "--env", "SERVER_ADDRESS=127.0.0.1", "--env",
					"SERVER_PORT=" + apiPort, "--env", "MANAGEMENT_SERVER_PORT=" + managementPort, "--env",
					"SPRING_R2DBC_URL=r2dbc:postgresql://postgres@127.0.0.1:" + database.getPort() + "/postgres",
					"--env", "TODO_EVENTS_DAPR_APP_API_TOKEN=image-test-token", "--env",
					"JDK_JAVA_OPTIONS=-XX:AOTMode=on", OciImage.TAG)
			.succeed();
		containers.add(name);
		try {
			var readiness = "http://127.0.0.1:" + managementPort + "/actuator/health/readiness";
			Awaitility.await(appId + " ready at " + readiness)
				.atMost(READY)
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptions()
				.failFast(() -> {
					if (!running(name)) {
						throw new AssertionError(appId + " exited before it was ready:\n" + logs(name));
					}
				})
				.until(() -> status(readiness) == 200);
			System.out.printf("%s ready %.1f s after podman run%n", appId, (System.nanoTime() - started) / 1e9);

			assertThat(status("http://127.0.0.1:" + apiPort + "/actuator/health")).as("API port serves no actuator")
				.isEqualTo(404);
			assertThat(logs(name)).contains("Started TodoPlatform", "\"" + appId + "\"");
		}
		finally {
			// One app at a time: the next one's start-up is not measured against this
			// one's.
			OciImage.podman("rm", "--force", "--time", "10", name).run();
		}
	}

	@Test
	void theImageRunsAsNonRootWithoutAShellAndCarriesItsLabels() {
		var inspected = OciImage
			.podman("image", "inspect", "--format",
					"{{.Config.User}}|{{index .Config.Labels \"org.opencontainers.image.version\"}}|"
							+ "{{index .Config.Labels \"org.opencontainers.image.revision\"}}|{{len .RootFS.Layers}}",
					OciImage.TAG)
			.succeed()
			.strip()
			.split("\\|");
		assertThat(inspected[0]).isEqualTo("10001:10001");
		assertThat(inspected[1]).isEqualTo("0.1.0-SNAPSHOT");
		assertThat(inspected[2]).matches("[0-9a-f]{40}(-dirty)?");
		assertThat(Integer.parseInt(inspected[3])).as("base, dependencies, loader, application, AOT cache")
			.isGreaterThanOrEqualTo(5);

		var shell = OciImage.podman("run", "--rm")
			.with(OciImage.runOptions())
			.with("--entrypoint", "/bin/sh", OciImage.TAG, "-c", "true")
			.run();
		assertThat(shell.succeeded()).as(shell.toString()).isFalse();
		assertThat(shell.output()).containsIgnoringCase("no such file");
	}

	// The Delivery workflow's scanner finds the Debian packages in dpkg's status, which
	// the
	// extract variant of mmdebstrap leaves empty unless base.sh records them (ADR 0033).
	@Test
	void theImageListsItsDebianPackagesForVulnerabilityScanners(@TempDir Path copy) throws IOException {
		var container = OciImage.podman("create", OciImage.TAG).succeed().strip();
		try {
			OciImage.podman("cp", container + ":/var/lib/dpkg/status", copy.toString()).succeed();
		}
		finally {
			OciImage.podman("rm", container).run();
		}
		assertThat(Files.readString(copy.resolve("status"))).contains("Package: libc6\nStatus: install ok installed\n")
			.contains("Source: glibc\n")
			.contains("Package: zlib1g\n")
			.contains("Package: ca-certificates\n");
	}

	private static boolean running(String container) {
		return OciImage.podman("inspect", "--format", "{{.State.Running}}", container).succeed().strip().equals("true");
	}

	private static String logs(String container) {
		return OciImage.podman("logs", container).run().output();
	}

	private static int status(String url) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
