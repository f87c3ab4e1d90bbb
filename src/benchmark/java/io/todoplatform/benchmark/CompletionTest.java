package io.todoplatform.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Completion-to-next-occurrence latency in the local mode: many daily series of many
 * users, their current occurrences completed at a fixed rate; the latency of each is the
 * next occurrence's {@code createdAt} minus the completed one's {@code completedAt}, both
 * stamped by the app's own clock, so the client's timing does not enter into it.
 */
final class CompletionTest {

	private final TodoApi api;

	private final ProcessStats stats;

	private final int seriesCount;

	private final int userCount;

	private final int rate;

	private final Duration warmup;

	private final Duration duration;

	CompletionTest(TodoApi api, ProcessStats stats, Options options) {
		this.api = api;
		this.stats = stats;
		this.seriesCount = options.integer("series", 500);
		this.userCount = options.integer("users", 100);
		this.rate = options.integer("rate", 100);
		this.warmup = options.seconds("warmup", 15);
		this.duration = options.seconds("duration", 60);
	}

	boolean run() throws Exception {
		var users = new ArrayList<String>();
		for (var i = 0; i < userCount; i++) {
			users.add(api.token("completion-user-" + i).get());
		}
		var series = new ArrayList<Series>();
		for (var i = 0; i < seriesCount; i++) {
			var token = users.get(i % users.size());
			series.add(new Series(token, startSeries(token, i)));
		}
		System.out.printf("Started %d daily series for %d users%n", series.size(), users.size());
		var measured = ConcurrentHashMap.<String>newKeySet();
		var errors = new AtomicInteger();
		complete(series, warmup, null, errors);
		var before = stats.sample();
		var sent = complete(series, duration, measured, errors);
		var after = stats.sample();
		Thread.sleep(3_000);
		var latencies = latencies(series, measured);
		System.out.println("\n## CPU in the measured window\n\n" + ProcessStats.cpuTable(before, after));
		return report(latencies.summary(), sent, measured.size() - latencies.summary().count() + errors.get());
	}

	private record Series(String token, String id) {
	}

	private String startSeries(String token, int number) throws Exception {
		var body = "{\"title\":\"Daily chore " + number
				+ "\",\"rrule\":\"FREQ=DAILY\",\"dtstart\":\"2026-11-23T07:00:00\","
				+ "\"timeZone\":\"Europe/Berlin\"}";
		var response = api.sendAndWait(api.post(token, "/api/v1/recurring-tasks", body));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("starting a series: HTTP " + response.statusCode());
		}
		return Json.string(response.body(), "id");
	}

	/**
	 * Completes the current occurrence of one series after another at the fixed rate;
	 * each series comes round again only after {@code seriesCount / rate} seconds, long
	 * after its next occurrence exists.
	 */
	private int complete(List<Series> series, Duration window, Set<String> measured, AtomicInteger errors)
			throws InterruptedException {
		var next = new AtomicInteger();
		var total = (int) (window.toSeconds() * rate);
		var timer = Executors.newSingleThreadScheduledExecutor();
		timer.scheduleAtFixedRate(() -> {
			var one = series.get(next.getAndIncrement() % series.size());
			api.send(api.getPath(one.token(), "/api/v1/recurring-tasks/" + one.id()))
				.thenCompose(found -> api.send(api.complete(one.token(), Json.string(found.body(), "currentTaskId"))))
				.whenComplete((done, failure) -> {
					if (failure != null || done.statusCode() != 200) {
						errors.incrementAndGet();
					}
					else if (measured != null) {
						measured.add(Json.string(done.body(), "id"));
					}
				});
		}, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
		Thread.sleep(window.toMillis());
		timer.shutdownNow();
		return Math.min(next.get(), total);
	}

	/**
	 * Pairs every measured completion with the occurrence that followed it in its series.
	 */
	private Latencies latencies(List<Series> series, Set<String> measured) throws Exception {
		var latencies = new Latencies();
		for (var one : series) {
			var page = api.sendAndWait(api.list(one.token(), "seriesId=" + one.id() + "&sort=dueAt,asc&size=100"))
				.body();
			var items = page.split("\\{\"id\":\"");
			for (var i = 1; i < items.length - 1; i++) {
				var id = items[i].substring(0, 36);
				if (measured.contains(id)) {
					var completedAt = Instant.parse(Json.string(items[i], "completedAt"));
					var nextCreatedAt = Instant.parse(Json.string(items[i + 1], "createdAt"));
					latencies.add(Duration.between(completedAt, nextCreatedAt).toNanos());
				}
			}
		}
		return latencies;
	}

	private boolean report(Latencies.Summary latency, int sent, int missing) {
		var table = new Table("completions", "missing next or failed", "rate /s", "p50 ms", "p95 ms", "p99 ms",
				"max ms");
		table.row(latency.count(), missing, rate, Table.millis(latency.percentile(50)),
				Table.millis(latency.percentile(95)), Table.millis(latency.percentile(99)),
				Table.millis(latency.max()));
		System.out.println("\n## Completion to next occurrence (" + sent + " completions sent in the window)\n");
		System.out.println(table);
		var met = missing == 0 && latency.percentile(99) < 200;
		System.out.println("Target p99 < 200 ms with no occurrence missing: " + Table.verdict(met));
		return met;
	}

}
