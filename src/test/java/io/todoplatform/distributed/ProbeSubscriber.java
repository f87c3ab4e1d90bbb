package io.todoplatform.distributed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer app of its own for tests and benchmarks: an HTTP server in the test JVM that
 * subscribes, through its own Dapr sidecar (app-id {@code probe}), to some topics and
 * records every event in the order it arrives, with the time it arrived.
 */
final class ProbeSubscriber implements AutoCloseable {

	static final String APP_ID = "probe";

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final JsonMapper json = JsonMapper.builder().build();

	record Received(JsonNode event, Instant at) {

		String type() {
			return event.path("type").asString();
		}

		String subject() {
			return event.path("subject").asString();
		}

		Instant time() {
			return Instant.parse(event.path("time").asString());
		}
	}

	ProbeSubscriber(String... topics) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		var subscriptions = Arrays.stream(topics)
			.map(topic -> """
					{"pubsubname":"events","topic":"%s","route":"/probe","deadLetterTopic":"%s-dlq"}""".formatted(topic,
					topic))
			.collect(Collectors.joining(",", "[", "]"));
		server.createContext("/dapr/subscribe", exchange -> answer(exchange, subscriptions));
		server.createContext("/actuator/health/readiness", exchange -> answer(exchange, "{\"status\":\"UP\"}"));
		server.createContext("/probe", exchange -> {
			var event = json.readTree(exchange.getRequestBody().readAllBytes());
			received.add(new Received(event, Instant.now()));
			answer(exchange, "{\"status\":\"SUCCESS\"}");
		});
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	void forget() {
		received.clear();
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		var bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
