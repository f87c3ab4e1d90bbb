package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One port on loopback in front of the replicas of an app-id, as a Kubernetes Service is
 * in front of its pods: each request goes to the next replica in turn. A replica that
 * refuses the connection (it is down) has seen nothing of the request, which then goes to
 * the next one; any other failure answers 502, since the request may have had its effect.
 * For development and tests only: no streaming, bodies are read whole.
 */
final class LoopbackProxy implements AutoCloseable {

	/** Headers of one hop, and those the JDK client sets itself. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "te",
			"trailer", "upgrade", "proxy-connection", "host", "content-length", "expect");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final List<String> replicas;

	private final AtomicInteger next = new AtomicInteger();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final HttpServer server;

	/**
	 * @param replicas the base URLs of the replicas, e.g. {@code http://127.0.0.1:41234}
	 */
	LoopbackProxy(int port, List<String> replicas) {
		this.replicas = List.copyOf(replicas);
		try {
			server = HttpServer.create(new InetSocketAddress(FreePorts.HOST, port), 64);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not listen on " + FreePorts.HOST + ":" + port, e);
		}
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::forward);
		server.start();
	}

	String baseUrl() {
		return "http://" + FreePorts.HOST + ":" + server.getAddress().getPort();
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			var body = exchange.getRequestBody().readAllBytes();
			var first = Math.floorMod(next.getAndIncrement(), replicas.size());
			for (int i = 0; i < replicas.size(); i++) {
				try {
					var replica = replicas.get((first + i) % replicas.size());
					respond(exchange,
							client.send(request(exchange, replica, body), HttpResponse.BodyHandlers.ofByteArray()));
					return;
				}
				catch (ConnectException | HttpConnectTimeoutException down) {
					// Never reached the replica: the next one may take it.
				}
			}
			exchange.sendResponseHeaders(502, -1);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			badGateway(exchange);
		}
		catch (IOException e) {
			badGateway(exchange);
		}
	}

	private static void badGateway(HttpExchange exchange) throws IOException {
		if (exchange.getResponseCode() == -1) {
			exchange.sendResponseHeaders(502, -1);
		}
	}

	private static HttpRequest request(HttpExchange exchange, String replica, byte[] body) {
		var request = HttpRequest.newBuilder(URI.create(replica + exchange.getRequestURI()))
			.timeout(TIMEOUT)
			.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase())) {
				values.forEach(value -> request.header(name, value));
			}
		});
		return request.build();
	}

	private static void respond(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
		response.headers().map().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, values);
			}
		});
		var body = response.body();
		var noBody = body.length == 0 || response.statusCode() == 204 || response.statusCode() == 304
				|| "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
		if (!noBody) {
			exchange.getResponseBody().write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
