package io.todoplatform.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import io.todoplatform.support.Api;
import io.todoplatform.support.MailServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of every app-id, each with its own sidecar, in the app-id's consumer
 * groups: one user's events stay in order and complete whichever replica commits them, a
 * replica that dies leaves nothing behind, and reminders are sent once however many
 * replicas run. (Who may call the replicas: {@link SidecarOnlyRoutesE2ETests}.)
 */
class ScaleOutE2ETests {

	private static DistributedTopology topology;

	private static ProbeSubscriber probe;

	private static List<Api> tasks;

	private static Api notifications;

	private static SeriesRounds rounds;

	private static ReminderSteps reminders;

	@BeforeAll
	static void start() throws IOException {
		topology = DistributedTopology.start(TopologyOptions.forTests("scale-out")
			.withReplicas(2)
			.withEnvironment(Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT",
					Integer.toString(MailServer.port()), "TODO_NOTIFICATIONS_DAPR_RETRY_INTERVAL", "2s",
					"TODO_NOTIFICATIONS_DELIVERY_FIRST_BACKOFF", "50ms")));
		probe = new ProbeSubscriber("task-operations", "task-modifications");
		topology.startSidecar(ProbeSubscriber.APP_ID, probe.port());
		tasks = topology.replicas("tasks").stream().map(app -> Api.at(app.process().baseUrl())).toList();
		notifications = Api.at(topology.app("notifications").process().baseUrl());
		rounds = new SeriesRounds(tasks, Api.at(topology.app("recurrence").process().baseUrl()));
		reminders = new ReminderSteps(tasks.getFirst(), notifications);
	}

	@AfterAll
	static void stop() {
		if (topology != null) {
			topology.close();
		}
		if (probe != null) {
			probe.close();
		}
	}

	@Test
	void aThousandUpdatesOfTwentyUsersThroughBothTasksReplicasReachTheConsumerInOrderAndComplete() {
		var users = IntStream.range(0, 20).mapToObj(i -> tasks.getFirst().newUser()).toList();
		var taskIds = users.stream().map(user -> tasks.getFirst().createId(user, Map.of("title", "update 0"))).toList();
		var expected = IntStream.rangeClosed(1, 50).mapToObj(i -> "update " + i).toList();

		// Each user's 50 updates one after the other, alternately through either replica;
		// the users at once.
		Parallel.run(IntStream.range(0, users.size())
			.<Runnable>mapToObj(u -> () -> expected.forEach(title -> tasks.get(expected.indexOf(title) % 2)
				.patch(users.get(u), taskIds.get(u), Map.of("title", title))))
			.toList());

		taskIds.forEach(taskId -> Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(titlesOnce(taskId)).as("updates of task %s", taskId)
				.containsExactlyElementsOf(expected)));
	}

	@Test
	void eventsATasksReplicaCommittedRightBeforeItWasKilledArriveThroughTheOtherWithinSeconds() {
		// The replica that leads the tasks events: its relay holds what it commits, and
		// it must hand over.
		var doomed = EventLeaders.of(topology.replicas("tasks"), "tasks");
		var api = Api.at(doomed.process().baseUrl());
		var user = api.newUser();
		// With its sidecar gone, its relay cannot have published what it commits now.
		doomed.sidecar().stop();
		var created = IntStream.range(0, 20).mapToObj(i -> api.createId(user, Map.of("title", "batch " + i))).toList();
		doomed.kill();
		var killed = System.nanoTime();
		try {
			Awaitility.await()
				.atMost(Duration.ofSeconds(15))
				.untilAsserted(() -> assertThat(probe.received()
					.stream()
					.filter(event -> event.type().equals("task.created"))
					.map(ProbeSubscriber.Received::subject)
					.filter(created::contains)
					.distinct()
					.toList()).containsExactlyElementsOf(created));
			System.out.printf("Events of a killed tasks replica arrived through the other %d ms after the kill%n",
					Duration.ofNanos(System.nanoTime() - killed).toMillis());
		}
		finally {
			doomed.start();
		}
	}

	@Test
	void theTasksApiOnOnePortSpreadsRequestsOverTheReplicasAndPassesOverOneThatIsDown() {
		var proxy = Api.at(topology.tasksUrl());
		var user = proxy.newUser();
		var replicas = topology.replicas("tasks");
		var before = replicas.stream().map(ScaleOutE2ETests::tasksCreated).toList();

		for (int i = 0; i < 6; i++) {
			proxy.createId(user, Map.of("title", "through the proxy " + i));
		}
		var spread = countedAfter(replicas, before, 6);
		var doomed = replicas.get(1).process();
		doomed.kill();
		try {
			for (int i = 0; i < 4; i++) {
				proxy.createId(user, Map.of("title", "one replica down " + i));
			}
			var survivor = countedAfter(List.of(replicas.get(0)), List.of(spread.get(0)), 4);

			assertThat(List.of(spread.get(0) - before.get(0), spread.get(1) - before.get(1))).containsExactly(3, 3);
			assertThat(survivor.getFirst() - spread.get(0)).isEqualTo(4);
			assertThat(proxy.count(user)).isEqualTo(10);
		}
		finally {
			doomed.start();
		}
	}

	/**
	 * Each replica's count of created tasks once {@code total} more than {@code before}
	 * have been counted: a request is counted when its exchange completes, just after its
	 * answer reached the client.
	 */
	private static List<Integer> countedAfter(List<App> replicas, List<Integer> before, int total) {
		var counts = new AtomicReference<List<Integer>>();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			counts.set(replicas.stream().map(ScaleOutE2ETests::tasksCreated).toList());
			return IntStream.range(0, replicas.size()).map(i -> counts.get().get(i) - before.get(i)).sum() >= total;
		});
		return counts.get();
	}

	@Test
	void killingARecurrenceReplicaInTheMiddleOf200CompletionsLosesAndDuplicatesNothing() {
		var series = rounds.start(10, 2);
		var doomed = topology.replicas("recurrence").get(1);
		try {
			rounds.completeRounds(series, 10, completion -> {
				if (completion == 90) {
					doomed.kill();
				}
			});

			rounds.assertEveryOccurrenceExistsOnce(series, 11);
		}
		finally {
			doomed.start();
		}
	}

	@Test
	void aReminderDueWhileBothNotificationsReplicasRunIsSentOnce() {
		var recipient = reminders.userWithEmail();
		var taskId = tasks.getFirst()
			.createId(recipient.user(),
					Map.of("title", "Both up", "reminders", List.of(Map.of("at", ReminderSteps.soon(5).toString()))));

		E2e.await(() -> MailServer.to(recipient.email()).size(), count -> count >= 1, Duration.ofSeconds(30));

		reminders.awaitReminder(recipient.user(), taskId, "SENT");
		ReminderSteps.pause(Duration.ofSeconds(3));
		assertThat(MailServer.to(recipient.email())).hasSize(1);
	}

	@Test
	void theSameTriggerReachingBothNotificationsReplicasAtOnceSendsOneEmail() {
		var recipient = reminders.userWithEmail();
		var fireAt = ReminderSteps.soon(600);
		var taskId = tasks.getFirst()
			.createId(recipient.user(),
					Map.of("title", "Twice triggered", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var reminderId = reminders.awaitReminder(recipient.user(), taskId, "SCHEDULED").get("id");

		// As if the scheduler had delivered the job to both sidecars, each bringing it to
		// its app.
		var answers = new LinkedHashMap<String, Integer>();
		Parallel.run(topology.replicas("notifications")
			.stream()
			.<Runnable>map(replica -> () -> answers.put(replica.process().process().name(),
					SidecarCalls.triggerJob(replica, "reminder-" + reminderId,
							"{\"reminderId\":\"%s\",\"fireAt\":\"%s\"}".formatted(reminderId, fireAt),
							replica.sidecar().appApiToken())))
			.toList());

		reminders.awaitReminder(recipient.user(), taskId, "SENT");
		assertThat(answers.values()).allMatch(status -> status == 200 || status == 503);
		ReminderSteps.pause(Duration.ofSeconds(3));
		assertThat(MailServer.to(recipient.email())).hasSize(1);
	}

	@Test
	void aReminderDueWhileOneNotificationsReplicaIsKilledIsSentOnceAlsoAfterItsRestart() {
		var doomed = topology.replicas("notifications").get(1);
		var recipient = reminders.userWithEmail();
		var fireAt = ReminderSteps.soon(15);
		var taskId = tasks.getFirst()
			.createId(recipient.user(),
					Map.of("title", "One down", "reminders", List.of(Map.of("at", fireAt.toString()))));
		var reminderId = reminders.awaitReminder(recipient.user(), taskId, "SCHEDULED").get("id");
		// Jobs belong to the app-id: either sidecar sees it once it is armed.
		E2e.await(() -> ReminderSteps.jobExists(topology.app("notifications").sidecar(), reminderId), exists -> exists,
				Duration.ofSeconds(10));

		doomed.kill();
		try {
			E2e.await(() -> MailServer.to(recipient.email()).size(), count -> count >= 1, Duration.ofSeconds(60));
		}
		finally {
			doomed.start();
		}

		ReminderSteps.pause(Duration.ofSeconds(3));
		assertThat(MailServer.to(recipient.email())).hasSize(1);
		assertThat(reminders.awaitReminder(recipient.user(), taskId, "SENT")).containsEntry("fireAt",
				fireAt.toString());
	}

	/**
	 * How many tasks the replica created so far, by its own metrics (the killed one's
	 * count restarts at 0).
	 */
	private static int tasksCreated(App replica) {
		return SidecarCalls.get(replica.process().managementUrl() + "/actuator/prometheus")
			.body()
			.lines()
			.filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"POST\"")
					&& line.contains("status=\"201\"") && line.contains("uri=\"/api/v1/tasks\""))
			.mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/**
	 * The titles of the task's updates as the probe received them, each event once
	 * (delivery is at least once).
	 */
	private static List<String> titlesOnce(String taskId) {
		var seen = new LinkedHashMap<String, String>();
		probe.received()
			.stream()
			.filter(event -> event.type().equals("task.updated") && taskId.equals(event.subject()))
			.forEach(event -> seen.putIfAbsent(event.event().path("id").asString(),
					event.event().path("data").path("title").asString()));
		return List.copyOf(seen.values());
	}

}
