package io.todoplatform.distributed;

import java.util.Optional;

/**
 * The developer's distributed mode ({@code deploy/local/run-distributed.sh}): the tasks API on port 8080 (or
 * {@code TASKS_PORT}), data kept in {@code .data/distributed}, everything stopped by Ctrl-C.
 */
public final class RunDistributed {

	private RunDistributed() {
	}

	public static void main(String[] args) throws InterruptedException {
		var tasksPort = Optional.ofNullable(System.getenv("TASKS_PORT")).map(Integer::parseInt).orElse(8080);
		var topology = DistributedTopology.start(DistributedTopology.Options.defaults()
			.withFolder(Project.dir().resolve(".data/distributed"))
			.withTasksPort(tasksPort));
		var tasks = topology.app("tasks").process().baseUrl();
		System.out.println();
		System.out.println("Tasks API:      " + tasks);
		topology.apps().stream().filter(app -> !app.process().appId().equals("tasks"))
			.forEach(app -> System.out.printf("%-15s %s%n", capitalized(app.process().appId()) + " API:",
					app.process().baseUrl()));
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
		Thread.currentThread().join();
	}

	private static String capitalized(String appId) {
		return Character.toUpperCase(appId.charAt(0)) + appId.substring(1);
	}
}
