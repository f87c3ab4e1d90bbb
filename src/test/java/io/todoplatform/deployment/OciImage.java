package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.todoplatform.distributed.ManagedProcess;

/**
 * The image archive of {@code deploy/image/build.sh}, loaded into a podman storage of the
 * test's own and run the way the shared notes found to work here: rootful podman,
 * {@code runc}, explicit ulimits, the host's network.
 */
final class OciImage {

	static final String TAG = "localhost/todo-platform:0.1.0-SNAPSHOT";

	private static final Path PROJECT = Path.of(System.getProperty("todo.e2e.project-dir", "")).toAbsolutePath();
	static final Path ARCHIVE = PROJECT.resolve("target/todo-platform-image.tar");

	private static final Duration BUILD = Duration.ofMinutes(40);

	private OciImage() {
	}

	/**
	 * Builds the archive unless one newer than the jar and every file of deploy/image is
	 * there already.
	 */
	static void build() {
		if (upToDate()) {
			return;
		}
		new ManagedProcess("image-build", List.of("bash", PROJECT.resolve("deploy/image/build.sh").toString()),
				Map.of("JAVA_HOME", System.getProperty("java.home")))
			.run(BUILD);
	}

	/**
	 * podman with a storage under target/, so that nothing else on the machine sees or
	 * disturbs it.
	 */
	static Command podman(String... arguments) {
		var storage = PROJECT.resolve("target/podman");
		return Command
			.of("podman", "--root", storage.resolve("storage").toString(), "--runroot",
					storage.resolve("run").toString(), "--storage-driver", "vfs", "--cgroup-manager", "cgroupfs",
					"--events-backend", "file")
			.with(arguments);
	}

	/**
	 * The options every container gets: runc (crun fails here), explicit ulimits,
	 * hardened as in a pod.
	 */
	static List<String> runOptions() {
		return List.of("--runtime", "runc", "--network", "host", "--ulimit", "nofile=20000:20000", "--ulimit",
				"nproc=32768:32768", "--user", "10001:10001", "--read-only", "--tmpfs", "/tmp:rw,size=256m,mode=1777",
				"--cap-drop", "ALL", "--security-opt", "no-new-privileges");
	}

	private static boolean upToDate() {
		if (!Files.exists(ARCHIVE)) {
			return false;
		}
		try (Stream<Path> inputs = Files.walk(PROJECT.resolve("deploy/image"))) {
			var built = Files.getLastModifiedTime(ARCHIVE);
			var sources = new ArrayList<>(inputs.filter(Files::isRegularFile).toList());
			sources.add(PROJECT.resolve("target/todo-platform.jar"));
			for (var source : sources) {
				if (Files.getLastModifiedTime(source).compareTo(built) > 0) {
					return false;
				}
			}
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
