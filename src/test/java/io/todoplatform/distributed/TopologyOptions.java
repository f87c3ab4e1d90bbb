package io.todoplatform.distributed;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What a {@link DistributedTopology} runs, and where.
 *
 * @param folder holds every part's data; kept after the topology is closed
 * @param tasksPort where the tasks API listens (its app, or the proxy in front of its
 * replicas); 0: any free port
 * @param replicas how many processes of each app-id run, each with its own sidecar
 * @param environment given to every app on top of the harness's own, e.g.
 * {@code SPRING_MAIL_PORT}
 */
public record TopologyOptions(Path folder, int tasksPort, List<String> appIds, int replicas,
		Map<String, String> environment) {

	public TopologyOptions {
		if (replicas < 1) {
			throw new IllegalArgumentException("At least one replica of each app-id, not " + replicas);
		}
	}

	/**
	 * A fresh folder under {@code target/e2e}, any free port, all three app-ids, one
	 * replica each.
	 */
	public static TopologyOptions defaults() {
		return forTests("");
	}

	/**
	 * Like {@link #defaults()}, with the folder named after the test class, to find its
	 * data after a failure.
	 */
	public static TopologyOptions forTests(String name) {
		var now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
		var folder = Project.dir().resolve("target/e2e").resolve(name.isEmpty() ? now : name + "-" + now);
		return new TopologyOptions(folder, 0, List.of("tasks", "recurrence", "notifications"), 1, Map.of());
	}

	public TopologyOptions withFolder(Path folder) {
		return new TopologyOptions(folder, tasksPort, appIds, replicas, environment);
	}

	public TopologyOptions withTasksPort(int tasksPort) {
		return new TopologyOptions(folder, tasksPort, appIds, replicas, environment);
	}

	public TopologyOptions withAppIds(String... appIds) {
		return new TopologyOptions(folder, tasksPort, List.of(appIds), replicas, environment);
	}

	public TopologyOptions withReplicas(int replicas) {
		return new TopologyOptions(folder, tasksPort, appIds, replicas, environment);
	}

	public TopologyOptions withEnvironment(Map<String, String> environment) {
		return new TopologyOptions(folder, tasksPort, appIds, replicas, Map.copyOf(environment));
	}
}
