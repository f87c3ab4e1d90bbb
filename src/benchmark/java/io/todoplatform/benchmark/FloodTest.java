package io.todoplatform.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One user floods the API while other users use it as people do, in alternating phases of
 * one run (quiet, flood, quiet, flood, ...), so that both sides are measured on the same
 * app at nearly the same time. The normal users stay under their limit (one request a
 * second each, about 60 a minute against 100); the flooding user asks for its task list
 * far more often than its limit allows ({@link Flooder}), also in the second half of the
 * warm-up. Target: the normal users' p95 during the flood is at most 20 % above their p95
 * without it, with no errors.
 */
final class FloodTest {

	private static final double MOST_P95_INCREASE = 0.20;

	private final TodoApi api;

	private final ProcessStats stats;

	private final TaskGenerator generator = new TaskGenerator();

	private final URI base;

	private final int userCount;

	private final int tasksPerUser;

	private final Duration meanInterval;

	private final int floodRate;

	private final int floodConnections;

	private final Duration warmup;

	private final Duration phase;

	private final int rounds;

	private final ConnectionLimit connections;

	private final Recorder warmupResults = new Recorder();

	private final Recorder quiet = new Recorder();

	private final Recorder flooded = new Recorder();

	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * Each measured phase's latencies on their own, to show how much phases of the same
	 * kind differ.
	 */
	private final List<Latencies> byPhase = new ArrayList<>();

	/** One measured phase: with or without the flood, from and to (System.nanoTime()). */
	private record Phase(boolean flood, long start, long end) {
	}

	FloodTest(TodoApi api, ProcessStats stats, Options options, URI base) {
		this.api = api;
		this.stats = stats;
		this.base = base;
		this.userCount = options.integer("users", 20);
		this.tasksPerUser = options.integer("tasks-per-user", 5);
		this.meanInterval = Duration.ofMillis(options.integer("interval-ms", 1000));
		this.floodRate = options.integer("flood-rate", 1000);
		this.floodConnections = options.integer("flood-connections", 16);
		this.warmup = options.seconds("warmup", 40);
		this.phase = options.seconds("phase", 20);
		this.rounds = options.integer("rounds", 6);
		this.connections = new ConnectionLimit(userCount);
	}

	boolean run() throws Exception {
		System.out.printf(
				"# Flood test: %d normal users, one request per %d ms each; one user flooding at %d req/s on"
						+ " %d connections; %d s warm-up, then %d rounds of %d s quiet and %d s flood%n%n",
				userCount, meanInterval.toMillis(), floodRate, floodConnections, warmup.toSeconds(), rounds,
				phase.toSeconds(), phase.toSeconds());
		var users = new ArrayList<VirtualUser>();
		for (int i = 0; i < userCount; i++) {
			users.add(new VirtualUser(api.token(String.format("normal-user-%03d", i)).join()));
		}
		var flooding = new VirtualUser(api.token("flooding-user").join());
		seed(users, tasksPerUser);
		seed(List.of(flooding), 20);
		var flooder = new Flooder(base, flooding.token(), "/api/v1/tasks?status=OPEN&sort=dueAt,asc", floodConnections,
				floodRate);
		var start = System.nanoTime() + Duration.ofMillis(200).toNanos();
		var phases = phases(start + warmup.toNanos());
		phases.forEach(each -> byPhase.add(new Latencies()));
		var schedule = Schedule.open(userCount, warmup, warmup.plus(phase.multipliedBy(2L * rounds)), meanInterval);
		var dispatcher = Thread.ofPlatform()
			.name("dispatcher")
			.start(() -> dispatchAll(schedule, users, start, phases));
		// The second half of the warm-up floods too, so that the refusing code is
		// compiled before anything is measured.
		Schedule.sleepUntil(start + warmup.toNanos() / 2);
		flooder.start();
		Schedule.sleepUntil(start + warmup.toNanos());
		flooder.stop();
		var usage = new PhaseUsage();
		for (var each : phases) {
			Schedule.sleepUntil(each.start());
			var from = stats.sample();
			var floodCpu = flooder.cpuSeconds();
			if (each.flood()) {
				flooder.start();
			}
			Schedule.sleepUntil(each.end());
			if (each.flood()) {
				flooder.stop();
			}
			usage.add(each.flood(), from, stats.sample(), flooder.cpuSeconds() - floodCpu);
		}
		dispatcher.join();
		while (inFlight.get() > 0) {
			Thread.sleep(50);
		}
		return report(flooder, usage);
	}

	private void seed(List<VirtualUser> users, int tasks) throws InterruptedException {
		var seeding = new Recorder();
		Bounded.forEach(users.size() * tasks, 16,
				i -> create(seeding, "seed", System.nanoTime(), users.get(i % users.size())));
		if (seeding.totalFailures() > 0) {
			throw new IllegalStateException("seeding failed: " + seeding.failuresByCause());
		}
	}

	private List<Phase> phases(long measuredFrom) {
		var phases = new ArrayList<Phase>();
		for (int i = 0; i < 2 * rounds; i++) {
			var from = measuredFrom + phase.toNanos() * i;
			phases.add(new Phase(i % 2 == 1, from, from + phase.toNanos()));
		}
		return phases;
	}

	private void dispatchAll(Schedule schedule, List<VirtualUser> users, long start, List<Phase> phases) {
		var random = ThreadLocalRandom.current();
		for (var arrival : schedule.arrivals()) {
			var due = start + arrival.offsetNanos();
			Schedule.sleepUntil(due);
			var current = phases.stream().filter(each -> due >= each.start() && due < each.end()).findFirst();
			var recorder = current.map(each -> each.flood() ? flooded : quiet).orElse(warmupResults);
			var user = users.get(arrival.user());
			var roll = random.nextInt(100);
			inFlight.incrementAndGet();
			var sent = roll < 50 ? send(recorder, "list", due, () -> api.send(api.list(user.token(), "status=OPEN")))
					: roll < 80
							? send(recorder, "get", due, () -> api.send(api.get(user.token(), user.anyTask(random))))
							: create(recorder, "create", due, user);
			sent.whenComplete((response, error) -> {
				current.ifPresent(each -> byPhase.get(phases.indexOf(each)).add(System.nanoTime() - due));
				inFlight.decrementAndGet();
			});
		}
	}

	private CompletableFuture<HttpResponse<String>> send(Recorder recorder, String label, long due,
			Supplier<CompletableFuture<HttpResponse<String>>> request) {
		return recorder.track(label, due, connections.submit(request));
	}

	private CompletableFuture<HttpResponse<String>> create(Recorder recorder, String label, long due,
			VirtualUser user) {
		return send(recorder, label, due, () -> api.send(api.create(user.token(), generator.next().json())))
			.thenApply(response -> {
				if (response != null) {
					user.created(Json.string(response.body(), "id"));
				}
				return response;
			});
	}

	private boolean report(Flooder flooder, PhaseUsage usage) {
		var calm = quiet.overall();
		var stormy = flooded.overall();
		var increase = stormy.percentile(95) / calm.percentile(95) - 1;
		var errors = quiet.totalFailures() + flooded.totalFailures();
		System.out.print("## The normal users' latency (from the scheduled send time)\n\n"
				+ new Table("phase", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms")
					.row("without the flood", calm.count(), quiet.totalFailures(), Table.millis(calm.percentile(50)),
							Table.millis(calm.percentile(95)), Table.millis(calm.percentile(99)),
							Table.millis(calm.max()))
					.row("during the flood", stormy.count(), flooded.totalFailures(),
							Table.millis(stormy.percentile(50)), Table.millis(stormy.percentile(95)),
							Table.millis(stormy.percentile(99)), Table.millis(stormy.max()))
				+ "\n");
		System.out.print(quiet.failureReport() + flooded.failureReport());
		var p95s = new StringBuilder();
		for (int i = 0; i < byPhase.size(); i++) {
			p95s.append(i == 0 ? "" : ", ")
				.append(i % 2 == 1 ? "flood " : "quiet ")
				.append(Table.millis(byPhase.get(i).summary().percentile(95)));
		}
		System.out.print("p95 per phase, in order (ms): " + p95s + "\n\n");
		var floodSeconds = phase.toSeconds() * rounds + warmup.toSeconds() / 2;
		System.out.print("## The flooding user\n\n"
				+ new Table("offered", "answers", "answered req/s", "answers by status", "connection failures").row(
						floodRate + " req/s on " + floodConnections + " connections", flooder.answers(),
						Table.decimal((double) flooder.answers() / floodSeconds), flooder.statuses(),
						flooder.failures())
				+ "\n");
		System.out.print("## CPU by phase (share of one core)\n\n" + usage.table() + "\n");
		var met = errors == 0 && increase <= MOST_P95_INCREASE;
		System.out.print("## Target\n\n" + new Table("target", "measured", "verdict")
			.row("normal users' p95 during the flood <= 1.20 x without",
					String.format(Locale.ROOT, "%.2f x", 1 + increase), Table.verdict(increase <= MOST_P95_INCREASE))
			.row("no errors for the normal users", errors, Table.verdict(errors == 0)) + "\n");
		return met;
	}

	/** CPU seconds per kind of phase, summed over its rounds. */
	private static final class PhaseUsage {

		private final double[][] seconds = new double[2][6];

		void add(boolean flood, ProcessStats.Sample from, ProcessStats.Sample to, double flooderSeconds) {
			var row = seconds[flood ? 1 : 0];
			var wall = (to.nanoTime() - from.nanoTime()) / 1e9;
			var cores = Runtime.getRuntime().availableProcessors();
			var machine = (double) (to.machineBusyTicks() - from.machineBusyTicks())
					/ (to.machineTotalTicks() - from.machineTotalTicks()) * cores * wall;
			var app = to.appSeconds() - from.appSeconds();
			var postgres = to.postgresSeconds() - from.postgresSeconds();
			var client = to.clientSeconds() - from.clientSeconds();
			row[0] += wall;
			row[1] += app;
			row[2] += postgres;
			row[3] += client - flooderSeconds;
			row[4] += flooderSeconds;
			row[5] += Math.max(0, machine - app - postgres - client);
		}

		Table table() {
			var table = new Table("phase", "seconds", "app JVM", "PostgreSQL", "normal users' client", "flooder",
					"other processes");
			for (int kind = 0; kind < 2; kind++) {
				var row = seconds[kind];
				table.row(kind == 0 ? "without the flood" : "during the flood", Table.decimal(row[0]),
						Table.percent(row[1] / row[0]), Table.percent(row[2] / row[0]), Table.percent(row[3] / row[0]),
						Table.percent(row[4] / row[0]), Table.percent(row[5] / row[0]));
			}
			return table;
		}

	}

}
