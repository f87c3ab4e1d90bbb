package io.todoplatform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * The full-text search test: one user with a large task list searches it for words of
 * very different frequency, one query at a time, the way a person types into a search
 * box. Common words are the hard case, since every match has to be ranked and counted.
 */
final class SearchTest {

	private static final String USER = "search-user";

	private static final double TARGET_P95_MILLIS = 50;

	private final TodoApi api;

	private final ProcessStats stats;

	private final TaskGenerator generator = new TaskGenerator();

	private final int taskCount;

	private final int seedConcurrency;

	private final int queryCount;

	private final int warmupQueries;

	private final int wordsPerClass;

	private final Duration queryTimeLimit;

	/** In how many tasks each word appears, counted while seeding. */
	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private double seedSeconds;

	SearchTest(TodoApi api, ProcessStats stats, Options options) {
		this.api = api;
		this.stats = stats;
		this.taskCount = options.integer("tasks", 100_000);
		this.seedConcurrency = options.integer("seed-concurrency", 32);
		this.queryCount = options.integer("queries", 2000);
		this.warmupQueries = options.integer("warmup-queries", 200);
		this.wordsPerClass = options.integer("words-per-class", 8);
		this.queryTimeLimit = options.seconds("query-time-limit", 900);
	}

	/** Runs the whole test and prints the report; true when every target was met. */
	boolean run() throws Exception {
		System.out.printf("# Search test: one user with %d tasks, %d queries after %d warm-up queries%n%n", taskCount,
				queryCount, warmupQueries);
		var token = api.token(USER).join();
		seed(token);
		var classes = queryClasses();
		printClasses(classes);
		runQueries(token, classes, warmupQueries, new Recorder());
		var results = new Recorder();
		var before = stats.sample();
		var matches = runQueries(token, classes, queryCount, results);
		var after = stats.sample();
		return report(results, matches, before, after);
	}

	/**
	 * Creates the tasks with a bounded number in flight and counts which words went into
	 * them.
	 */
	private void seed(String token) throws InterruptedException {
		var seeding = new Recorder();
		var started = System.nanoTime();
		Bounded.forEach(taskCount, seedConcurrency, i -> {
			var task = generator.next();
			task.words().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
			printSeedProgress(i, started);
			return seeding.track("create", System.nanoTime(), api.send(api.create(token, task.json())));
		});
		seedSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("%nSeeded %d tasks in %.1f s (%.0f tasks/s, %d in flight)%n%n", taskCount, seedSeconds,
				taskCount / seedSeconds, seedConcurrency);
		System.out.print(seeding.latencyTable("seeding") + "\n" + seeding.failureReport());
	}

	private void printSeedProgress(int created, long started) {
		if (created > 0 && created % 10_000 == 0) {
			System.out.printf("  %d tasks sent after %.0f s%n", created, (System.nanoTime() - started) / 1e9);
		}
	}

	/**
	 * Query words grouped by how many tasks contain them. The bands leave gaps between
	 * them so that each class is clearly rare, medium or common; two-word queries pair a
	 * common word with a medium one (both must match).
	 */
	private Map<String, List<String>> queryClasses() {
		var classes = new LinkedHashMap<String, List<String>>();
		classes.put("rare (<= 0.1 %)", wordsWhere(count -> count <= taskCount / 1000));
		classes.put("medium (0.5-5 %)", wordsWhere(count -> count >= taskCount / 200 && count <= taskCount / 20));
		classes.put("common (>= 10 %)", wordsWhere(count -> count >= taskCount / 10));
		classes.put("two words", pairs(classes.get("common (>= 10 %)"), classes.get("medium (0.5-5 %)")));
		classes.values().removeIf(List::isEmpty);
		return classes;
	}

	private List<String> wordsWhere(LongPredicate documentCount) {
		var words = documentFrequency.entrySet()
			.stream()
			.filter(entry -> documentCount.test(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(ArrayList::new));
		Collections.shuffle(words, ThreadLocalRandom.current());
		return List.copyOf(words.subList(0, Math.min(wordsPerClass, words.size())));
	}

	private List<String> pairs(List<String> first, List<String> second) {
		if (first.isEmpty() || second.isEmpty()) {
			return List.of();
		}
		var random = ThreadLocalRandom.current();
		var pairs = new ArrayList<String>();
		for (var i = 0; i < wordsPerClass; i++) {
			pairs.add(first.get(random.nextInt(first.size())) + " " + second.get(random.nextInt(second.size())));
		}
		return pairs;
	}

	private void printClasses(Map<String, List<String>> classes) {
		var table = new Table("class", "query words (tasks containing them, as generated)");
		classes.forEach((name, queries) -> table.row(name,
				queries.stream()
					.map(query -> query + " (" + generatedCount(query) + ")")
					.collect(Collectors.joining(", "))));
		System.out.print(table + "\n");
	}

	/**
	 * For a two-word query, the count of its rarer word: an upper bound on its matches.
	 */
	private int generatedCount(String query) {
		return List.of(query.split(" "))
			.stream()
			.mapToInt(word -> documentFrequency.getOrDefault(word, 0))
			.min()
			.orElse(0);
	}

	/**
	 * Sends {@code count} queries one after another, cycling through the classes, and
	 * returns the number of matches (totalItems) the app reported for each class. Stops
	 * early at the time limit so a very slow app still ends.
	 */
	private Map<String, List<Long>> runQueries(String token, Map<String, List<String>> classes, int count,
			Recorder recorder) {
		var names = List.copyOf(classes.keySet());
		var matches = new LinkedHashMap<String, List<Long>>();
		var deadline = System.nanoTime() + queryTimeLimit.toNanos();
		var random = ThreadLocalRandom.current();
		for (var i = 0; i < count && System.nanoTime() < deadline; i++) {
			var name = names.get(i % names.size());
			var queries = classes.get(name);
			var response = recorder
				.track(name, System.nanoTime(),
						api.send(api.search(token, queries.get(random.nextInt(queries.size())))))
				.join();
			if (response != null) {
				matches.computeIfAbsent(name, key -> new ArrayList<>()).add(Json.number(response.body(), "totalItems"));
			}
		}
		if (System.nanoTime() >= deadline) {
			System.out.printf("WARNING: stopped at the %d s time limit%n", queryTimeLimit.toSeconds());
		}
		return matches;
	}

	private boolean report(Recorder results, Map<String, List<Long>> matches, ProcessStats.Sample before,
			ProcessStats.Sample after) {
		System.out.print("## Search latency (sequential queries, one user)\n\n" + results.latencyTable("class") + "\n"
				+ results.failureReport());
		var matchTable = new Table("class", "matches (totalItems) min", "median", "max");
		matches.forEach((name, counts) -> {
			var sorted = counts.stream().sorted(Comparator.naturalOrder()).toList();
			matchTable.row(name, sorted.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast());
		});
		System.out.print("## Matches per query\n\n" + matchTable + "\n");
		System.out.print("## CPU while querying\n\n" + ProcessStats.cpuTable(before, after) + "\n");
		var p95 = results.overall().percentile(95);
		var targets = new Table("target", "measured", "verdict")
			.row("zero errors", results.totalFailures(), Table.verdict(results.totalFailures() == 0))
			.row("p95 < 50 ms (all queries)", Table.millis(p95), Table.verdict(p95 < TARGET_P95_MILLIS));
		results.labels().forEach(name -> {
			var classP95 = results.summary(name).percentile(95);
			targets.row("p95 < 50 ms (" + name + ")", Table.millis(classP95),
					Table.verdict(classP95 < TARGET_P95_MILLIS));
		});
		System.out.print("## Targets\n\n" + targets + "\n");
		printSummaryRow(results.overall(), results.totalFailures());
		return results.totalFailures() == 0 && p95 < TARGET_P95_MILLIS;
	}

	private void printSummaryRow(Latencies.Summary overall, long failures) {
		System.out.print("## Summary\n\n" + new Table("tasks", "seeding s", "tasks/s", "queries", "errors", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "app peak RSS MiB")
			.row(taskCount, Table.decimal(seedSeconds), Table.decimal(taskCount / seedSeconds), overall.count(),
					failures, Table.millis(overall.percentile(50)), Table.millis(overall.percentile(95)),
					Table.millis(overall.percentile(99)), Table.millis(overall.max()),
					Table.decimal(stats.appPeakRssMib())));
	}

}
