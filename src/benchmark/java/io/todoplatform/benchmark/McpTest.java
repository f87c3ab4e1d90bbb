package io.todoplatform.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the MCP server costs over the API it calls: one user, one request at a time, the
 * same read ({@code list_tasks} against {@code GET /api/v1/tasks}) and the same write
 * ({@code add_task} against {@code POST /api/v1/tasks}) in turn, so that both see the
 * same machine. An MCP call is the API call plus JSON-RPC, the tool's checks, a loopback
 * HTTP hop with the user's token and the result's conversion. No target: the figures go
 * to docs/benchmarks.md.
 */
final class McpTest {

	private static final String USER = "mcp-user";

	private final TodoApi api;

	private final URI mcp;

	private final Duration timeout;

	private final int tasks;

	private final int calls;

	private final int warmup;

	private int id;

	McpTest(TodoApi api, Options options, URI base, Duration timeout) {
		this.api = api;
		this.mcp = base.resolve("/mcp");
		this.timeout = timeout;
		this.tasks = options.integer("tasks", 20);
		this.calls = options.integer("calls", 1000);
		this.warmup = options.integer("warmup-calls", 200);
	}

	boolean run() throws Exception {
		System.out.printf("# MCP test: one user with %d tasks, %d calls of each kind after %d warm-up calls, "
				+ "one at a time%n%n", tasks, calls, warmup);
		var token = api.token(USER).join();
		for (var i = 0; i < tasks; i++) {
			expectOk(api.send(api.create(token, task(i))).join());
		}
		round(token, warmup, new Recorder());
		var results = new Recorder();
		round(token, calls, results);
		report(results);
		return true;
	}

	/** Each kind of call once per turn, API and MCP alternating. */
	private void round(String token, int count, Recorder recorder) {
		for (var i = 0; i < count; i++) {
			timed(recorder, "list: GET /api/v1/tasks", api.list(token, "size=20"));
			timed(recorder, "list: MCP list_tasks", tool(token, "list_tasks", "{\"size\":20}"));
			timed(recorder, "add: POST /api/v1/tasks", api.create(token, task(i)));
			timed(recorder, "add: MCP add_task", tool(token, "add_task", task(i)));
		}
	}

	private void timed(Recorder recorder, String label, HttpRequest request) {
		var response = recorder.track(label, System.nanoTime(), api.send(request)).join();
		if (response == null || response.body().contains("\"isError\":true")) {
			throw new IllegalStateException(
					label + " failed: " + (response == null ? recorder.failureReport() : response.body()));
		}
	}

	/** A stateless Streamable HTTP call: no session, so no initialize is needed first. */
	private HttpRequest tool(String token, String name, String arguments) {
		var body = "{\"jsonrpc\":\"2.0\",\"id\":" + (++id) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + name
				+ "\",\"arguments\":" + arguments + "}}";
		return HttpRequest.newBuilder(mcp)
			.timeout(timeout)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.header("MCP-Protocol-Version", "2025-11-25")
			.POST(BodyPublishers.ofString(body))
			.build();
	}

	private static String task(int i) {
		return "{\"title\":\"Task " + i + "\",\"priority\":\"HIGH\",\"tags\":[\"home\"]}";
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("seeding failed: " + response.statusCode() + " " + response.body());
		}
	}

	private void report(Recorder results) {
		var table = new Table("call", "count", "p50", "p95", "p99", "max");
		for (var label : results.labels()) {
			var summary = results.summary(label);
			table.row(label, summary.count(), Table.millis(summary.percentile(50)),
					Table.millis(summary.percentile(95)), Table.millis(summary.percentile(99)),
					Table.millis(summary.max()));
		}
		System.out.println(table);
		for (var kind : new String[] { "list", "add" }) {
			var direct = median(results, kind, "/api/v1/tasks");
			var tool = median(results, kind, "MCP");
			System.out.printf("%s: MCP/API median ratio %.2f (%s vs %s)%n", kind, tool / direct, Table.millis(tool),
					Table.millis(direct));
		}
	}

	private static double median(Recorder results, String kind, String marker) {
		return results.labels()
			.stream()
			.filter(label -> label.startsWith(kind + ":") && label.contains(marker))
			.findFirst()
			.map(label -> results.summary(label).percentile(50))
			.orElseThrow();
	}

}
