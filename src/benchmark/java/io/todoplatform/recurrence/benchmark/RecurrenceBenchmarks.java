package io.todoplatform.recurrence.benchmark;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the recurrence benchmarks, taking JMH's command-line options, and checks the
 * targets: expansion above 1,000,000 occurrences a second, next-after p99 under 50 µs.
 * Exits with 3 if one is missed, like run.sh.
 */
public final class RecurrenceBenchmarks {

	static final double OCCURRENCES_PER_SECOND = 1_000_000;

	static final double P99_MICROSECONDS = 50;

	private RecurrenceBenchmarks() {
	}

	public static void main(String[] arguments) throws Exception {
		var results = new Runner(withDefaults(new CommandLineOptions(arguments)).build()).run();
		System.exit(report(results) ? 0 : 3);
	}

	/**
	 * One fork, 3 warm-up and 5 measured iterations, all benchmarks of this package:
	 * unless the command line says.
	 */
	private static ChainedOptionsBuilder withDefaults(CommandLineOptions commandLine) {
		var options = new OptionsBuilder().parent(commandLine);
		if (commandLine.getIncludes().isEmpty()) {
			options.include(RecurrenceBenchmarks.class.getPackageName() + "\\.");
		}
		if (!commandLine.getForkCount().hasValue()) {
			options.forks(1);
		}
		if (!commandLine.getWarmupIterations().hasValue()) {
			options.warmupIterations(3).warmupTime(TimeValue.seconds(1));
		}
		if (!commandLine.getMeasurementIterations().hasValue()) {
			options.measurementIterations(5).measurementTime(TimeValue.seconds(2));
		}
		if (!commandLine.getResultFormat().hasValue()) {
			options.resultFormat(ResultFormatType.JSON).result("target/recurrence-benchmark.json");
		}
		return options;
	}

	/** Prints each result against its target; true if all are met. */
	private static boolean report(Collection<RunResult> results) {
		System.out.printf("%n## Recurrence targets%n");
		boolean met = true;
		for (var result : results) {
			var name = result.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1") + " "
					+ result.getParams().getParam("rule");
			var statistics = result.getPrimaryResult().getStatistics();
			if (result.getParams().getBenchmark().contains(ExpansionThroughput.class.getSimpleName())) {
				double perSecond = statistics.getMean();
				met &= perSecond > OCCURRENCES_PER_SECOND;
				System.out.printf(Locale.ROOT, "- %s: %,.0f occurrences/s (target > %,.0f) %s%n", name, perSecond,
						OCCURRENCES_PER_SECOND, perSecond > OCCURRENCES_PER_SECOND ? "met" : "MISSED");
			}
			else {
				double p99 = statistics.getPercentile(99);
				met &= p99 < P99_MICROSECONDS;
				System.out.printf(Locale.ROOT,
						"- %s: p50 %.1f µs, p99 %.1f µs, max %.1f µs (target p99 < %.0f µs) %s%n", name,
						statistics.getPercentile(50), p99, statistics.getMax(), P99_MICROSECONDS,
						p99 < P99_MICROSECONDS ? "met" : "MISSED");
			}
		}
		return met;
	}

}
