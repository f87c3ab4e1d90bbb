package io.todoplatform.distributed;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.dapr.client.domain.DeleteJobRequest;
import io.dapr.client.domain.ScheduleJobRequest;
import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;
import io.todoplatform.support.MailServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminder figures for docs/benchmarks.md ({@code src/benchmark/reminders.sh}): how late
 * reminders fire when 1,000 fall due within one minute, in the local mode (timers in
 * memory) and over Dapr Jobs (the three app-ids); and how many Dapr jobs the
 * notifications sidecar schedules per second. Email goes to a real SMTP server in this
 * JVM; a reminder's lateness is its {@code sentAt} (after the email was accepted) minus
 * its {@code fireAt}.
 */
public final class RemindersBenchmark {

	private static final int REMINDERS = 1_000;

	private static final int IN_FLIGHT = 16;

	/**
	 * Long enough for all reminders to be created and armed before the minute starts, in
	 * both modes.
	 */
	private static final Duration LEAD = Duration.ofSeconds(120);

	public static void main(String[] args) throws Exception {
		var modes = args.length == 0 ? List.of("local", "dapr") : List.of(args);
		if (modes.contains("local")) {
			local();
		}
		if (modes.contains("dapr")) {
			dapr();
		}
		System.exit(0);
	}

	private static void local() throws Exception {
		var dataDir = Path.of("target/benchmark/reminders-" + UUID.randomUUID());
		try (var app = new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--todo.storage.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + MailServer.port(), "--logging.level.root=WARN",
				// One user creates 1,000 tasks as fast as it can.
				"--todo.limits.per-user.requests=1000000")) {
			var api = Api.of(app);
			var base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			accuracy("local", api, base, api, base);
		}
	}

	private static void dapr() throws Exception {
		var options = TopologyOptions.forTests("reminders-benchmark")
			.withEnvironment(
					Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(MailServer.port())));
		try (var topology = DistributedTopology.start(options)) {
			var tasksUrl = topology.app("tasks").process().baseUrl();
			var notificationsUrl = topology.app("notifications").process().baseUrl();
			accuracy("dapr", Api.at(tasksUrl), tasksUrl, Api.at(notificationsUrl), notificationsUrl);
			var sidecar = topology.app("notifications").sidecar();
			for (int inFlight : new int[] { 1, 16, 64 }) {
				jobThroughput(sidecar, 2_000, inFlight);
			}
		}
	}

	/**
	 * 1,000 reminders at random instants of one minute that starts {@link #LEAD} from
	 * now.
	 */
	private static void accuracy(String mode, Api tasks, String tasksUrl, Api notifications, String notificationsUrl)
			throws Exception {
		User user = tasks.newUser();
		notifications.settings(user, Map.of("email", user.name() + "@example.test"));
		var minute = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
		var began = Instant.now();
		Flux.range(0, REMINDERS)
			.flatMap(i -> ReminderCalls.createTask(tasksUrl, user, "Bench",
					minute.plusMillis(ThreadLocalRandom.current().nextLong(60_000))), IN_FLIGHT)
			.blockLast();
		var created = Duration.between(began, Instant.now());
		var scheduled = awaitAll(notificationsUrl, user, List.of("SCHEDULED", "SENT"), minute.plusSeconds(60));
		System.out.printf("%s: %d tasks with a reminder created in %d ms (%.0f/s); all %d recorded after %d ms%n", mode,
				REMINDERS, created.toMillis(), REMINDERS * 1000.0 / created.toMillis(), REMINDERS,
				Duration.between(began, scheduled).toMillis());
		awaitAll(notificationsUrl, user, List.of("SENT"), minute.plusSeconds(180));
		var lateness = new ArrayList<Duration>();
		for (var reminder : ReminderCalls.reminders(notificationsUrl, user)) {
			lateness.add(Duration.between(Instant.parse((String) reminder.get("fireAt")),
					Instant.parse((String) reminder.get("sentAt"))));
		}
		Collections.sort(lateness);
		System.out.printf(
				"%s: fire lateness (sentAt - fireAt) of %d reminders in one minute: p50 %d ms, p95 %d ms, "
						+ "p99 %d ms, max %d ms; emails received %d%n",
				mode, lateness.size(), at(lateness, 50), at(lateness, 95), at(lateness, 99), at(lateness, 100),
				MailServer.to(user.name() + "@example.test").size());
	}

	private static Instant awaitAll(String url, User user, List<String> statuses, Instant deadline) throws Exception {
		while (Instant.now().isBefore(deadline)) {
			var reminders = ReminderCalls.reminders(url, user);
			if (reminders.size() == REMINDERS && reminders.stream().allMatch(r -> statuses.contains(r.get("status")))) {
				return Instant.now();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Not all " + REMINDERS + " reminders are " + statuses + " by " + deadline);
	}

	/**
	 * Schedules {@code count} jobs far ahead straight through the sidecar's Jobs API,
	 * then deletes them.
	 */
	private static void jobThroughput(Sidecar sidecar, int count, int inFlight) throws Exception {
		try (var dapr = sidecar.client()) {
			var due = Instant.now().plus(Duration.ofHours(1));
			var prefix = "bench-" + inFlight + "-";
			var began = System.nanoTime();
			Flux.range(0, count)
				.flatMap(
						i -> dapr.scheduleJob(
								new ScheduleJobRequest(prefix + i, due).setData(new byte[16]).setOverwrite(true)),
						inFlight)
				.blockLast();
			var scheduling = Duration.ofNanos(System.nanoTime() - began);
			began = System.nanoTime();
			Flux.range(0, count).flatMap(i -> dapr.deleteJob(new DeleteJobRequest(prefix + i)), inFlight).blockLast();
			var deleting = Duration.ofNanos(System.nanoTime() - began);
			System.out.printf("dapr jobs, %d in flight: scheduled %d in %d ms (%.0f/s), deleted in %d ms (%.0f/s)%n",
					inFlight, count, scheduling.toMillis(), count * 1000.0 / scheduling.toMillis(), deleting.toMillis(),
					count * 1000.0 / deleting.toMillis());
		}
	}

	private static long at(List<Duration> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1))
			.toMillis();
	}

	private RemindersBenchmark() {
	}

}
