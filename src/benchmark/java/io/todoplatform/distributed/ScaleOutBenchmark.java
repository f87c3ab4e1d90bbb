package io.todoplatform.distributed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.todoplatform.support.Api;

/**
 * Issue 11's figures for docs/benchmarks.md ({@code src/benchmark/scale-out.sh}): event
 * latency from outbox commit to a consumer's handler at 200 updates/s with one tasks
 * replica, then with two behind the loopback proxy, in the same run; and, with two, how
 * long after a kill -9 of the replica that leads the tasks events the events it had
 * committed but not relayed arrive through the other.
 */
public final class ScaleOutBenchmark {

	private static final int RATE = 200;

	private static final int KILLS = 10;

	private static final int EVENTS_PER_KILL = 10;

	public static void main(String[] args) throws Exception {
		for (int replicas : new int[] { 1, 2 }) {
			var options = TopologyOptions.forTests("scale-out-" + replicas).withAppIds("tasks").withReplicas(replicas);
			try (var topology = DistributedTopology.start(options);
					var probe = new ProbeSubscriber("task-modifications", "task-operations")) {
				topology.startSidecar(ProbeSubscriber.APP_ID, probe.port());
				System.out.printf("%d tasks replica(s):%n", replicas);
				DistributedBenchmark.outboxToHandler(Api.at(topology.tasksUrl()), topology.tasksUrl(), probe, RATE);
				if (replicas > 1) {
					DistributedBenchmark.report("kill -9 of the leader to its pending events at the consumer",
							killsOfTheLeader(topology, probe));
				}
			}
		}
	}

	private static List<Duration> killsOfTheLeader(DistributedTopology topology, ProbeSubscriber probe) {
		var took = new ArrayList<Duration>();
		for (int kill = 0; kill < KILLS; kill++) {
			var leader = EventLeaders.of(topology.replicas("tasks"), "tasks");
			var api = Api.at(leader.process().baseUrl());
			var user = api.newUser();
			leader.sidecar().stop();
			var created = IntStream.range(0, EVENTS_PER_KILL)
				.mapToObj(i -> api.createId(user, Map.of("title", "pending " + i)))
				.toList();
			leader.kill();
			var killed = Instant.now();
			var arrived = E2e.await(
					() -> probe.received()
						.stream()
						.filter(event -> event.type().equals("task.created") && created.contains(event.subject()))
						.toList(),
					events -> events.stream().map(ProbeSubscriber.Received::subject).distinct().count() == created
						.size(),
					Duration.ofSeconds(60));
			took.add(Duration.between(killed,
					arrived.stream().map(ProbeSubscriber.Received::at).max(Instant::compareTo).orElseThrow()));
			System.out.printf("kill %d: the last of %d pending events arrived %d ms after the kill%n", kill + 1,
					created.size(), took.getLast().toMillis());
			leader.start();
		}
		return took;
	}

}
