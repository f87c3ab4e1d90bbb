package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.todoplatform.distributed.FreePorts;
import io.todoplatform.distributed.ManagedProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (from {@link PrometheusTools}) on loopback with a configuration the
 * caller writes, and the parts of its HTTP API the tests use.
 */
final class PrometheusServer implements AutoCloseable {

	private static final Duration READY = Duration.ofSeconds(60);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port = FreePorts.next();

	private final ManagedProcess prometheus;

	private PrometheusServer(Path binary, Path config, Path data) {
		this.prometheus = new ManagedProcess("prometheus", List.of(binary.toString(), "--config.file=" + config,
				"--storage.tsdb.path=" + data, "--web.listen-address=127.0.0.1:" + port, "--log.level=warn"), Map.of());
	}

	/**
	 * Starts Prometheus with {@code configuration} (YAML) and waits until it is ready.
	 */
	static PrometheusServer start(PrometheusTools tools, Path folder, String configuration) {
		try {
			Files.createDirectories(folder);
			var config = Files.writeString(folder.resolve("prometheus.yml"), configuration);
			var server = new PrometheusServer(tools.prometheus(), config, folder.resolve("data"));
			server.prometheus.start();
			server.prometheus.awaitHttp(server.url("/-/ready"), 200, READY);
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The {@code data} of an instant query at the current time. */
	JsonNode query(String promql) {
		return call("/api/v1/query", promql);
	}

	/** The abstract syntax tree of a query, as {@code /api/v1/parse_query} gives it. */
	JsonNode parse(String promql) {
		return call("/api/v1/parse_query", promql);
	}

	/** The {@code data} of {@code /api/v1/rules}: groups, each with its rules' health. */
	JsonNode rules() {
		return data(send(HttpRequest.newBuilder(URI.create(url("/api/v1/rules"))).GET()), "rules");
	}

	private JsonNode call(String path, String promql) {
		var form = "query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
		return data(send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))), promql);
	}

	/** Fails with Prometheus' own error (a bad query, say) unless the call succeeded. */
	private static JsonNode data(HttpResponse<String> response, String what) {
		var body = json.readTree(response.body());
		if (!"success".equals(body.path("status").asString())) {
			throw new AssertionError(what + ": " + response.statusCode() + " " + body.path("errorType").asString()
					+ ": " + body.path("error").asString());
		}
		return body.path("data");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	@Override
	public void close() {
		prometheus.stop();
	}

}
