package io.todoplatform.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat model for tests, on a random loopback port: it speaks
 * {@code POST /v1/chat/completions} with {@code stream: true}, as Spring AI's OpenAI
 * client calls it (SSE chunks, then {@code data: [DONE]}). Its script, by the latest user
 * message: "Add &lt;title&gt;" is answered with a little text and an {@code add_task}
 * call, and once the tool's result comes back with a final message quoting it ("Slow
 * &lt;title&gt;" the same, its final message two seconds late); "Loop..." with a
 * {@code list_tasks} call, every time; "Break..." with a 400 error; anything else with
 * "Hello". Every request is kept, for tests to read what the model was sent.
 */
public final class ScriptedModel implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();

	public ScriptedModel() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/v1/chat/completions", this::answer);
		server.start();
	}

	/** What Spring AI's {@code spring.ai.openai.base-url} is set to. */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	/** The requests the model got, oldest first. */
	public List<Map<String, Object>> requests() {
		return List.copyOf(requests);
	}

	@SuppressWarnings("unchecked")
	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			var request = (Map<String, Object>) JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
			requests.add(request);
			var messages = (List<Map<String, Object>>) request.get("messages");
			var last = messages.getLast();
			var asked = messages.stream()
				.filter(message -> "user".equals(message.get("role")))
				.reduce((first, second) -> second)
				.map(message -> String.valueOf(message.get("content")))
				.orElse("");
			if (asked.startsWith("Break")) {
				var refusal = "{\"error\": {\"message\": \"scripted failure\", \"type\": \"invalid_request_error\"}}"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(400, refusal.length);
				exchange.getResponseBody().write(refusal);
				return;
			}
			var followUp = "tool".equals(last.get("role"));
			if (followUp && asked.startsWith("Slow ")) {
				pause();
			}
			var chunks = asked.startsWith("Loop") ? call("list_tasks", Map.of())
					: followUp ? text("Done: " + last.get("content"), "stop")
							: asked.startsWith("Add ") || asked.startsWith("Slow ")
									? addTask(asked.substring(asked.indexOf(' ') + 1)) : text("Hello", "stop");
			var body = (chunks + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String addTask(String title) {
		return chunk(Map.of("role", "assistant", "content", "On it. "), null)
				+ call("add_task", Map.of("title", title));
	}

	private static String call(String tool, Map<String, Object> arguments) {
		var call = Map.of("index", 0, "id", "call-" + UUID.randomUUID(), "type", "function", "function",
				Map.of("name", tool, "arguments", JSON.writeValueAsString(arguments)));
		return chunk(Map.of("tool_calls", List.of(call)), null) + chunk(Map.of(), "tool_calls");
	}

	/** The text in two deltas, then the end. */
	private static String text(String text, String finish) {
		var half = text.length() / 2;
		return chunk(Map.of("role", "assistant", "content", text.substring(0, half)), null)
				+ chunk(Map.of("content", text.substring(half)), null) + chunk(Map.of(), finish);
	}

	private static String chunk(Map<String, Object> delta, String finish) {
		var choice = new java.util.LinkedHashMap<String, Object>();
		choice.put("index", 0);
		choice.put("delta", delta);
		choice.put("finish_reason", finish);
		return "data: " + JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion.chunk",
				"created", 1, "model", "scripted", "choices", List.of(choice))) + "\n\n";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
