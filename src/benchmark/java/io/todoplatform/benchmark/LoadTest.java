package io.todoplatform.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The open-model load test: many users, each with its own token and tasks, sending a
 * read-mostly mix at a fixed average rate whatever the app's latency. Latency is measured
 * from when a request was due, so a stalled app shows up as latency instead of as fewer
 * requests.
 */
final class LoadTest {

	/** The request mix, in percent: 70 % reads, 20 % creates, 10 % changes. */
	enum Operation {

		LIST(30), SEARCH(20), GET(20), CREATE(20), UPDATE(5), COMPLETE(5);

		private final int percent;

		Operation(int percent) {
			this.percent = percent;
		}

		static Operation draw(RandomGenerator random) {
			var roll = random.nextInt(100);
			for (var operation : values()) {
				roll -= operation.percent;
				if (roll < 0) {
					return operation;
				}
			}
			throw new IllegalStateException("the mix does not add up to 100 %");
		}

		String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The filter and sort combinations a task list screen offers. */
	private static final List<String> LIST_QUERIES = List.of("status=OPEN&sort=dueAt,asc", "sort=priority,desc",
			"priority=HIGH&priority=VERY_IMPORTANT&status=OPEN", "tag=work&sort=createdAt,desc",
			"status=OPEN&tag=personal&sort=dueAt,asc&size=10", "status=COMPLETED&sort=updatedAt,desc");

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

	private final TodoApi api;

	private final ProcessStats stats;

	private final TaskGenerator generator = new TaskGenerator();

	private final int userCount;

	private final int tasksPerUser;

	private final int setupConcurrency;

	private final Duration warmup;

	private final Duration duration;

	private final Duration meanInterval;

	private final Duration requestTimeout;

	private final ConnectionLimit connections;

	/** Its own thread: thousands of requests may time out at once when the app stalls. */
	private final ScheduledExecutorService timeouts = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("timeouts").factory());

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong completed = new AtomicLong();

	/**
	 * 2xx responses that arrived within the measured window, whenever their requests were
	 * due: the throughput.
	 */
	private final AtomicLong succeededInWindow = new AtomicLong();

	private volatile long windowStart;

	private volatile long windowEnd;

	private final Recorder warmupResults = new Recorder();

	private final Recorder results = new Recorder();

	/**
	 * How late the dispatcher sent each measured request: the proof that the client kept
	 * up.
	 */
	private final Latencies sendLag = new Latencies();

	LoadTest(TodoApi api, ProcessStats stats, Options options, Duration requestTimeout) {
		this.api = api;
		this.stats = stats;
		this.requestTimeout = requestTimeout;
		this.userCount = options.integer("users", 1000);
		this.tasksPerUser = options.integer("tasks-per-user", 5);
		this.setupConcurrency = options.integer("setup-concurrency", 32);
		this.warmup = options.seconds("warmup", 20);
		this.duration = options.seconds("duration", 60);
		this.meanInterval = Duration.ofMillis(options.integer("interval-ms", 1000));
		// One connection per user by default, like one browser tab each.
		this.connections = new ConnectionLimit(options.integer("connections", userCount));
	}

	/** Runs the whole test and prints the report; true when every target was met. */
	boolean run() throws Exception {
		System.out.printf(
				"# Load test: %d users, one request per %d ms each (jittered), %d s warm-up (ramping up from"
						+ " 10 %% of the rate), %d s measured%n%n",
				userCount, meanInterval.toMillis(), warmup.toSeconds(), duration.toSeconds());
		var users = timed("signed in " + userCount + " users", this::signIn);
		timed("seeded " + tasksPerUser + " tasks per user", () -> seed(users));
		var schedule = Schedule.open(users.size(), warmup, warmup.plus(duration), meanInterval);
		var window = drive(schedule, users);
		return report(schedule, window);
	}

	private List<VirtualUser> signIn() throws InterruptedException {
		var tokens = new String[userCount];
		var failures = new AtomicInteger();
		Bounded.forEach(userCount, setupConcurrency,
				i -> api.token(String.format("load-user-%05d", i)).whenComplete((token, error) -> {
					if (error != null) {
						failures.incrementAndGet();
					}
					tokens[i] = token;
				}));
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " users could not sign in; see the app log");
		}
		return List.of(tokens).stream().map(VirtualUser::new).toList();
	}

	private Void seed(List<VirtualUser> users) throws InterruptedException {
		var seeding = new Recorder();
		Bounded.forEach(users.size() * tasksPerUser, setupConcurrency,
				i -> create(seeding, "seed create", System.nanoTime(), users.get(i % users.size())));
		if (users.stream().anyMatch(user -> !user.hasTasks())) {
			throw new IllegalStateException("seeding failed: " + seeding.failuresByCause());
		}
		System.out.print("Seeding latency:\n\n" + seeding.latencyTable("operation") + "\n");
		return null;
	}

	/** The measured window's CPU samples, taken exactly at its start and end. */
	private record Window(ProcessStats.Sample start, ProcessStats.Sample end, double peakRssMib) {
	}

	/**
	 * Sends every request of the schedule on time from one dispatcher thread, then waits
	 * for the stragglers.
	 */
	private Window drive(Schedule schedule, List<VirtualUser> users) throws InterruptedException {
		var start = System.nanoTime() + Duration.ofMillis(200).toNanos();
		windowStart = start + warmup.toNanos();
		windowEnd = windowStart + duration.toNanos();
		var dispatcher = Thread.ofPlatform().name("dispatcher").start(() -> dispatchAll(schedule, users, start));
		var progress = Executors.newSingleThreadScheduledExecutor();
		progress.scheduleAtFixedRate(() -> printProgress(start), PROGRESS_EVERY.toNanos(), PROGRESS_EVERY.toNanos(),
				TimeUnit.NANOSECONDS);
		try {
			Schedule.sleepUntil(windowStart);
			var first = stats.sample();
			Schedule.sleepUntil(windowEnd);
			var last = stats.sample();
			var peakRss = stats.appPeakRssMib();
			dispatcher.join();
			awaitStragglers();
			return new Window(first, last, peakRss);
		}
		finally {
			progress.shutdownNow();
		}
	}

	private void dispatchAll(Schedule schedule, List<VirtualUser> users, long start) {
		var random = ThreadLocalRandom.current();
		for (var arrival : schedule.arrivals()) {
			var due = start + arrival.offsetNanos();
			Schedule.sleepUntil(due);
			var measured = due >= windowStart;
			if (measured) {
				sendLag.add(System.nanoTime() - due);
			}
			sent.incrementAndGet();
			maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			dispatch(Operation.draw(random), users.get(arrival.user()), due, measured ? results : warmupResults, random)
				.whenComplete((response, error) -> {
					inFlight.decrementAndGet();
					completed.incrementAndGet();
				});
		}
	}

	private CompletableFuture<?> dispatch(Operation operation, VirtualUser user, long due, Recorder recorder,
			RandomGenerator random) {
		var token = user.token();
		return switch (operation) {
			case LIST -> send(recorder, operation, due, api.list(token, pick(LIST_QUERIES, random)));
			case SEARCH -> send(recorder, operation, due, api.search(token, generator.searchWord()));
			case GET -> send(recorder, operation, due, api.get(token, user.anyTask(random)));
			case CREATE -> create(recorder, operation.label(), due, user);
			case UPDATE -> send(recorder, operation, due, api.patch(token, user.anyTask(random), priorityPatch()));
			case COMPLETE -> complete(recorder, due, user, random);
		};
	}

	/**
	 * Completes one of the user's open tasks; once all are done, the user changes a task
	 * instead.
	 */
	private CompletableFuture<?> complete(Recorder recorder, long due, VirtualUser user, RandomGenerator random) {
		var id = user.takeOpenTask(random);
		if (id == null) {
			return send(recorder, Operation.UPDATE, due,
					api.patch(user.token(), user.anyTask(random), priorityPatch()));
		}
		return send(recorder, Operation.COMPLETE, due, api.complete(user.token(), id));
	}

	/**
	 * Creates a task and remembers its id, so that later reads and changes can use it.
	 */
	private CompletableFuture<?> create(Recorder recorder, String label, long due, VirtualUser user) {
		return send(recorder, label, due, api.create(user.token(), generator.next().json())).thenAccept(response -> {
			if (response != null) {
				user.created(Json.string(response.body(), "id"));
			}
		});
	}

	private static String pick(List<String> values, RandomGenerator random) {
		return values.get(random.nextInt(values.size()));
	}

	private String priorityPatch() {
		return Json.object("priority", generator.priority());
	}

	private CompletableFuture<HttpResponse<String>> send(Recorder recorder, Operation operation, long due,
			HttpRequest request) {
		return send(recorder, operation.label(), due, request);
	}

	/**
	 * Sends when a connection is free. A request times out once the request timeout has
	 * passed since it was due: on the wire the HTTP client aborts it then (closing the
	 * connection, as real clients do), and while it still waits for a connection the
	 * timer below gives up on it. So every request ends up in the results.
	 */
	private CompletableFuture<HttpResponse<String>> send(Recorder recorder, String label, long due,
			HttpRequest request) {
		var deadline = due + requestTimeout.toNanos();
		var response = connections.submit(() -> api.send(withTimeout(request, deadline - System.nanoTime())));
		response.thenAccept(this::countSuccess);
		timeouts.schedule(
				() -> response.completeExceptionally(new HttpTimeoutException(
						"no response " + requestTimeout.toSeconds() + " s after the request was due")),
				deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		return recorder.track(label, due, response);
	}

	private static HttpRequest withTimeout(HttpRequest request, long nanos) {
		return HttpRequest.newBuilder(request, (name, value) -> true)
			.timeout(Duration.ofNanos(Math.max(nanos, 1)))
			.build();
	}

	private void countSuccess(HttpResponse<String> response) {
		var now = System.nanoTime();
		if (Recorder.isSuccess(response.statusCode()) && now >= windowStart && now < windowEnd) {
			succeededInWindow.incrementAndGet();
		}
	}

	/**
	 * Every request times out at the latest this long after it was due, so this ends; the
	 * margin is for safety.
	 */
	private void awaitStragglers() throws InterruptedException {
		var deadline = System.nanoTime() + requestTimeout.plusSeconds(10).toNanos();
		while (inFlight.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		if (inFlight.get() > 0) {
			System.out.printf("WARNING: %d requests still unanswered after the request timeout%n", inFlight.get());
		}
	}

	private void printProgress(long start) {
		var elapsed = (System.nanoTime() - start) / 1_000_000_000;
		var phase = elapsed < warmup.toSeconds() ? "warm-up" : "measuring";
		System.out.printf("  %3d s (%s): sent %d, answered %d, in flight %d, errors %d%n", elapsed, phase, sent.get(),
				completed.get(), inFlight.get(), warmupResults.totalFailures() + results.totalFailures());
	}

	private boolean report(Schedule schedule, Window window) {
		var seconds = (window.end().nanoTime() - window.start().nanoTime()) / 1e9;
		var scheduledInWindow = schedule.countBetween(warmup, warmup.plus(duration));
		var overall = results.overall();
		var throughput = succeededInWindow.get() / seconds;
		var warm = warmupResults.overall();
		System.out.printf("%nWarm-up: %d requests, %d errors, p50 %s ms, p99 %s ms, max %s ms%n%n", warm.count(),
				warmupResults.totalFailures(), Table.millis(warm.percentile(50)), Table.millis(warm.percentile(99)),
				Table.millis(warm.max()));
		System.out.print("## Latency in the measured window (from the scheduled send time)\n\n"
				+ results.latencyTable("operation") + "\n");
		System.out.print(results.failureReport());
		var lag = sendLag.summary();
		System.out.print("## Load generator\n\n" + new Table("metric", "value")
			.row("requests scheduled in window", scheduledInWindow)
			.row("scheduled rate", Table.decimal(scheduledInWindow / seconds) + " req/s")
			.row("sent rate", Table.decimal(lag.count() / seconds) + " req/s")
			.row("send lag p50 / p99 / max",
					Table.millis(lag.percentile(50)) + " / " + Table.millis(lag.percentile(99)) + " / "
							+ Table.millis(lag.max()) + " ms")
			.row("max requests in flight (sent or waiting)", maxInFlight.get())
			.row("longest queue for one of the " + connections.limit() + " connections", connections.maxQueued())
				+ "\n");
		System.out.print("## CPU in the measured window (" + Table.decimal(seconds) + " s)\n\n"
				+ ProcessStats.cpuTable(window.start(), window.end()) + "\n");
		printCpuPerResponse(window);
		var targets = new Table("target", "measured", "verdict")
			.row("zero errors", results.totalFailures(), Table.verdict(results.totalFailures() == 0))
			.row("p95 < 100 ms", Table.millis(overall.percentile(95)), Table.verdict(overall.percentile(95) < 100))
			.row("p99 < 250 ms", Table.millis(overall.percentile(99)), Table.verdict(overall.percentile(99) < 250))
			.row(">= 900 req/s", Table.decimal(throughput), Table.verdict(throughput >= 900));
		System.out.print("## Targets\n\n" + targets + "\n");
		printSummaryRow(overall, throughput, window);
		return results.totalFailures() == 0 && overall.percentile(95) < 100 && overall.percentile(99) < 250
				&& throughput >= 900;
	}

	/**
	 * What one response cost, which tells how many the machine could serve if nothing
	 * else ran on it.
	 */
	private void printCpuPerResponse(Window window) {
		var responses = (double) succeededInWindow.get();
		System.out.printf(
				"CPU per 2xx response in the window: app JVM %.2f ms, PostgreSQL %.2f ms, "
						+ "load generator %.2f ms%n%n",
				(window.end().appSeconds() - window.start().appSeconds()) * 1000 / responses,
				(window.end().postgresSeconds() - window.start().postgresSeconds()) * 1000 / responses,
				(window.end().clientSeconds() - window.start().clientSeconds()) * 1000 / responses);
	}

	private void printSummaryRow(Latencies.Summary overall, double throughput, Window window) {
		var seconds = (window.end().nanoTime() - window.start().nanoTime()) / 1e9;
		var appCpu = (window.end().appSeconds() - window.start().appSeconds()) / seconds;
		var postgresCpu = (window.end().postgresSeconds() - window.start().postgresSeconds()) / seconds;
		System.out.print("## Summary\n\n" + new Table("users", "requests", "errors", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "max ms", "app CPU (1 core)", "PostgreSQL CPU (1 core)", "app peak RSS MiB")
			.row(userCount, overall.count(), results.totalFailures(), Table.decimal(throughput),
					Table.millis(overall.percentile(50)), Table.millis(overall.percentile(95)),
					Table.millis(overall.percentile(99)), Table.millis(overall.max()), Table.percent(appCpu),
					Table.percent(postgresCpu), Table.decimal(window.peakRssMib())));
	}

	/** Runs a setup step and says how long it took. */
	private static <T> T timed(String what, Step<T> step) throws Exception {
		var started = System.nanoTime();
		var result = step.run();
		System.out.printf("Setup: %s in %.1f s%n%n", what, (System.nanoTime() - started) / 1e9);
		return result;
	}

	@FunctionalInterface
	private interface Step<T> {

		T run() throws Exception;

	}

}
