package io.todoplatform.notifications.adapter.out.channels;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on a free loopback port: it records every request and answers
 * each path as a test says (404 for a path nobody set up).
 */
final class HttpReceiver implements AutoCloseable {

	record Request(String method, URI uri, Headers headers, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	record Answer(int status, String contentType, String body) {

		static Answer json(int status, String body) {
			return new Answer(status, "application/json", body);
		}

		static Answer empty(int status) {
			return new Answer(status, "text/plain", "");
		}
	}

	private final HttpServer server;

	private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

	private final Map<String, Function<Request, Answer>> answers = new ConcurrentHashMap<>();

	private final Map<String, Flood> floods = new ConcurrentHashMap<>();

	/**
	 * An answer of {@code size} bytes: {@code written} says how many got out before the
	 * client hung up, if it did.
	 */
	private record Flood(long size, CompletableFuture<Long> written) {
	}

	HttpReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	void answer(String path, Answer answer) {
		answers.put(path, request -> answer);
	}

	void answer(String path, Function<Request, Answer> answer) {
		answers.put(path, answer);
	}

	/**
	 * Answers 200 with a body of {@code size} bytes; completes with how many of them the
	 * client took.
	 */
	CompletableFuture<Long> answerWithBodyOf(String path, long size) {
		var written = new CompletableFuture<Long>();
		floods.put(path, new Flood(size, written));
		return written;
	}

	URI uri(String path) {
		return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
	}

	Request next() throws InterruptedException {
		var request = requests.poll(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("No request arrived");
		}
		return request;
	}

	/** Requests that arrived and that no test has taken yet. */
	int pending() {
		return requests.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
					exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
			requests.add(request);
			var flood = floods.get(request.uri().getPath());
			if (flood != null) {
				flood(exchange, flood);
				return;
			}
			var answer = answers.getOrDefault(request.uri().getPath(), any -> Answer.empty(404)).apply(request);
			var body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private static void flood(HttpExchange exchange, Flood flood) throws IOException {
		var chunk = new byte[64 * 1024];
		var written = 0L;
		exchange.sendResponseHeaders(200, flood.size());
		try {
			while (written < flood.size()) {
				exchange.getResponseBody().write(chunk);
				written += chunk.length;
			}
		}
		catch (IOException hungUp) {
			// What the test wants to know: how far the client read.
		}
		flood.written().complete(written);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
