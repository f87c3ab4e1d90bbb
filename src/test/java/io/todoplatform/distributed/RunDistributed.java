package io.todoplatform.distributed;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The developer's distributed mode
 * ({@code deploy/local/run-distributed.sh [--replicas N] [--data FOLDER]}): N processes
 * of each app-id (default 1), each with its own sidecar; the tasks API on port 8080 (or
 * {@code TASKS_PORT}), through a loopback proxy in front of the tasks replicas when there
 * are several; data kept in {@code .data/distributed}; everything stopped by Ctrl-C, and
 * whatever a run killed hard left running ended by the next start.
 */
public final class RunDistributed {

	private static final String USAGE = "Usage: run-distributed.sh [--replicas N (1-9, default 1)] [--data FOLDER]";

	private RunDistributed() {
	}

	public static void main(String[] args) throws InterruptedException {
		var replicas = 1;
		var data = Project.dir().resolve(".data/distributed");
		for (int i = 0; i < args.length; i++) {
			var value = i + 1 < args.length ? args[i + 1] : "";
			switch (args[i]) {
				case "--replicas" -> replicas = replicas(value);
				case "--data" -> data = Path.of(value).toAbsolutePath();
				default -> fail("Unknown argument " + args[i]);
			}
			i++;
		}
		var tasksPort = Optional.ofNullable(System.getenv("TASKS_PORT")).map(Integer::parseInt).orElse(8080);
		var topology = DistributedTopology
			.start(TopologyOptions.defaults().withFolder(data).withTasksPort(tasksPort).withReplicas(replicas));
		print(topology);
		Thread.currentThread().join();
	}

	private static int replicas(String value) {
		if (!value.matches("[1-9]")) {
			fail("--replicas takes a number from 1 to 9, not '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	private static void fail(String message) {
		System.err.println(message);
		System.err.println(USAGE);
		System.exit(2);
	}

	private static void print(DistributedTopology topology) {
		var tasks = topology.tasksUrl();
		System.out.println();
		System.out.println("Tasks API:      " + tasks + (topology.replicas("tasks").size() > 1
				? " (a proxy in front of the tasks replicas, each request to the next)" : ""));
		topology.apps()
			.forEach(app -> System.out.printf("%-15s %s  actuator %s  sidecar %s%n",
					app.process().process().name().substring("app-".length()) + ":", app.process().baseUrl(),
					app.process().managementUrl(), app.sidecar().baseUrl()));
		System.out.println("Kafka:          " + topology.kafka().bootstrapServers());
		System.out.println("PostgreSQL:     " + FreePorts.HOST + ":" + topology.postgresPort() + " (user postgres)");
		System.out.println("Logs:           " + Project.logDir());
		System.out.println("Data:           " + topology.folder());
		System.out.println();
		System.out.println("A token:  curl -s -X POST " + tasks + "/auth/token -H 'Content-Type: application/json' "
				+ "-d '{\"username\":\"alice\"}'");
		System.out.println("Then:     curl -s " + tasks + "/api/v1/tasks -H \"Authorization: Bearer $TOKEN\"");
		System.out.println();
		System.out.println("Press Ctrl-C to stop everything.");
	}

}
