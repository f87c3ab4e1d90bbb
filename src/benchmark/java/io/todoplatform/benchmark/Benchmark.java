package io.todoplatform.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Entry point of the benchmarks; {@code src/benchmark/run.sh} starts the app and then
 * calls this with its address, process id and data folder. Exit status: 0 when every
 * target was met, 3 when one was missed, 1 on failure.
 */
public final class Benchmark {

	private static final int TARGET_MISSED = 3;

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !List.of("load", "search", "completion", "flood", "mcp").contains(args[0])) {
			System.err.println(
					"usage: Benchmark load|search|completion|flood|mcp --base-url URL --app-pid PID --data-dir DIR [--option value ...]");
			System.exit(1);
		}
		var options = new Options(args, 1);
		var requestTimeout = options.seconds("request-timeout", 30);
		var readyTimeout = options.seconds("ready-timeout", 180);
		var base = URI.create(options.string("base-url"));
		var api = new TodoApi(base, requestTimeout);
		var stats = new ProcessStats(Long.parseLong(options.string("app-pid")), Path.of(options.string("data-dir")),
				options.integer("clock-ticks", 100));
		Callable<Boolean> test = switch (args[0]) {
			case "load" -> new LoadTest(api, stats, options, requestTimeout)::run;
			case "search" -> new SearchTest(api, stats, options)::run;
			case "flood" -> new FloodTest(api, stats, options, base)::run;
			case "mcp" -> new McpTest(api, options, base, requestTimeout)::run;
			default -> new CompletionTest(api, stats, options)::run;
		};
		options.refuseUnknown();
		api.awaitReady(readyTimeout, stats::appAlive);
		System.exit(test.call() ? 0 : TARGET_MISSED);
	}

}
