package io.todoplatform.distributed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import io.dapr.client.domain.GetJobRequest;
import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How fast one user's reminders get armed over Dapr (docs/benchmarks.md,
 * {@code src/benchmark/arming.sh}): the user creates {@value #DEFAULT_TASKS} tasks (or
 * the first argument) with one reminder each, an hour ahead, 16 requests in flight; the
 * clock stops when the notifications sidecar holds a job for every one of them. One
 * user's events stay in order on one partition, so this is the path's rate for one user,
 * not the system's. Then, one reminder at a time on a quiet system, how long from the
 * task's 201 until its job exists.
 */
public final class ArmingBenchmark {

	private static final int DEFAULT_TASKS = 300;

	private static final int IN_FLIGHT = 16;

	private static final int ONE_AT_A_TIME = 30;

	public static void main(String[] args) throws Exception {
		var tasks = args.length == 0 ? DEFAULT_TASKS : Integer.parseInt(args[0]);
		try (var topology = DistributedTopology.start(TopologyOptions.forTests("arming-benchmark"))) {
			var tasksUrl = topology.app("tasks").process().baseUrl();
			var notificationsUrl = topology.app("notifications").process().baseUrl();
			var sidecar = topology.app("notifications").sidecar();
			run(tasks / 10, tasksUrl, notificationsUrl, sidecar, "warm-up");
			run(tasks, tasksUrl, notificationsUrl, sidecar, "arming");
			oneAtATime(ONE_AT_A_TIME, tasksUrl, notificationsUrl, sidecar);
		}
		System.exit(0);
	}

	private static void run(int tasks, String tasksUrl, String notificationsUrl, Sidecar sidecar, String label)
			throws Exception {
		var api = Api.at(tasksUrl);
		User user = api.newUser();
		var fireAt = Instant.now().plus(Duration.ofHours(1));
		var began = System.nanoTime();
		Flux.range(0, tasks)
			.flatMap(i -> ReminderCalls.createTask(tasksUrl, user, "Arm", fireAt), IN_FLIGHT)
			.blockLast();
		var created = Duration.ofNanos(System.nanoTime() - began);
		var armed = new HashSet<Object>();
		try (var dapr = sidecar.client()) {
			while (armed.size() < tasks) {
				var waiting = ReminderCalls.reminders(notificationsUrl, user)
					.stream()
					.map(reminder -> reminder.get("id"))
					.filter(id -> !armed.contains(id))
					.toList();
				Flux.fromIterable(waiting)
					.flatMap(id -> dapr.getJob(new GetJobRequest("reminder-" + id))
						.thenReturn(id)
						.onErrorResume(failure -> String.valueOf(failure.getMessage()).contains("job not found")
								? Mono.empty() : Mono.error(failure)),
							IN_FLIGHT)
					.doOnNext(armed::add)
					.blockLast();
				if (Duration.ofNanos(System.nanoTime() - began).toMinutes() > 10) {
					throw new IllegalStateException("Only " + armed.size() + " of " + tasks + " armed in 10 minutes");
				}
				Thread.sleep(50);
			}
		}
		var all = Duration.ofNanos(System.nanoTime() - began);
		System.out.printf(
				"%s: %d tasks with a reminder created in %d ms (%.0f/s); all %d armed as Dapr jobs after "
						+ "%d ms: %.1f reminders armed/s%n",
				label, tasks, created.toMillis(), tasks * 1000.0 / created.toMillis(), tasks, all.toMillis(),
				tasks * 1000.0 / all.toMillis());
	}

	/**
	 * Creates one task at a time and waits for its reminder's job: the latency of the
	 * whole path.
	 */
	private static void oneAtATime(int count, String tasksUrl, String notificationsUrl, Sidecar sidecar)
			throws Exception {
		var api = Api.at(tasksUrl);
		User user = api.newUser();
		var fireAt = Instant.now().plus(Duration.ofHours(1));
		var latencies = new ArrayList<Long>();
		var seen = new HashSet<Object>();
		try (var dapr = sidecar.client()) {
			for (int i = 0; i < count; i++) {
				ReminderCalls.createTask(tasksUrl, user, "Arm", fireAt).block();
				var created = System.nanoTime();
				Object id = null;
				while (id == null) {
					id = ReminderCalls.reminders(notificationsUrl, user)
						.stream()
						.map(reminder -> reminder.get("id"))
						.filter(candidate -> !seen.contains(candidate))
						.findFirst()
						.orElse(null);
					if (id == null) {
						Thread.sleep(5);
					}
				}
				seen.add(id);
				var job = "reminder-" + id;
				while (!Boolean.TRUE.equals(dapr.getJob(new GetJobRequest(job))
					.thenReturn(true)
					.onErrorResume(failure -> String.valueOf(failure.getMessage()).contains("job not found")
							? Mono.just(false) : Mono.error(failure))
					.block())) {
					Thread.sleep(5);
				}
				latencies.add((System.nanoTime() - created) / 1_000_000);
			}
		}
		Collections.sort(latencies);
		System.out.printf("one at a time: %d reminders, from the 201 to the job: p50 %d ms, p90 %d ms, max %d ms%n",
				count, latencies.get(count / 2), latencies.get(count * 9 / 10), latencies.get(count - 1));
	}

	private ArmingBenchmark() {
	}

}
