package io.todoplatform.benchmark;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Outcomes of requests grouped by a label (an operation or a query class): latency of
 * every response, and failures counted by cause. Failures are in the latencies too, since
 * a user waited for them as well.
 */
final class Recorder {

	private final Map<String, Latencies> latencies = new LinkedHashMap<>();

	private final Latencies overall = new Latencies();

	private final Map<String, Long> failures = new TreeMap<>();

	/** The first message seen for each failure, to tell what a count is about. */
	private final Map<String, String> examples = new TreeMap<>();

	/**
	 * Records the outcome of {@code response} once it completes, measuring from
	 * {@code startNanos}: the time the request was due, not when it happened to be sent.
	 * The returned future holds the response, or null on failure.
	 */
	CompletableFuture<HttpResponse<String>> track(String label, long startNanos,
			CompletableFuture<HttpResponse<String>> response) {
		return response.handle((result, error) -> {
			var latency = System.nanoTime() - startNanos;
			if (error != null) {
				var cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
				record(label, latency, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()));
				return null;
			}
			if (!isSuccess(result.statusCode())) {
				record(label, latency, "HTTP " + result.statusCode(), result.body());
				return null;
			}
			record(label, latency, null, null);
			return result;
		});
	}

	/**
	 * {@code failure} is null for a success; {@code detail} is a message or response body
	 * that explains it.
	 */
	private void record(String label, long latencyNanos, String failure, String detail) {
		latenciesOf(label).add(latencyNanos);
		overall.add(latencyNanos);
		if (failure != null) {
			var key = label + ": " + failure;
			synchronized (failures) {
				failures.merge(key, 1L, Long::sum);
				examples.putIfAbsent(key, detail.length() <= 160 ? detail : detail.substring(0, 160) + "...");
			}
		}
	}

	List<String> labels() {
		synchronized (latencies) {
			return List.copyOf(latencies.keySet());
		}
	}

	Latencies.Summary summary(String label) {
		return latenciesOf(label).summary();
	}

	Latencies.Summary overall() {
		return overall.summary();
	}

	long failures(String label) {
		synchronized (failures) {
			return failures.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith(label + ": "))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}
	}

	long totalFailures() {
		synchronized (failures) {
			return failures.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	Map<String, Long> failuresByCause() {
		synchronized (failures) {
			return new TreeMap<>(failures);
		}
	}

	/** One row for everything, then one per label in the order labels were first seen. */
	Table latencyTable(String labelHeader) {
		var table = new Table(labelHeader, "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
		latencyRow(table, "all", overall(), totalFailures());
		labels().forEach(label -> latencyRow(table, label, summary(label), failures(label)));
		return table;
	}

	/** The failures by label and cause, or nothing when there were none. */
	String failureReport() {
		var failures = failuresByCause();
		if (failures.isEmpty()) {
			return "";
		}
		var table = new Table("what: cause", "count", "first message");
		synchronized (failures) {
			failures
				.forEach((key, count) -> table.row(key, count, examples.get(key).replace('|', '/').replace('\n', ' ')));
		}
		return "Errors by cause:\n\n" + table + "\n";
	}

	private static void latencyRow(Table table, String label, Latencies.Summary summary, long failures) {
		table.row(label, summary.count(), failures, Table.millis(summary.percentile(50)),
				Table.millis(summary.percentile(95)), Table.millis(summary.percentile(99)),
				Table.millis(summary.max()));
	}

	static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
	}

	private Latencies latenciesOf(String label) {
		synchronized (latencies) {
			return latencies.computeIfAbsent(label, key -> new Latencies());
		}
	}

}
