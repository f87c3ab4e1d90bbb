package io.todoplatform.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat model for tests, on a random loopback port: it speaks
 * {@code POST /v1/chat/completions} with {@code stream: true}, as Spring AI's OpenAI
 * client calls it (SSE chunks, then {@code data: [DONE]}). Its script: a user message
 * "Add &lt;title&gt;" is answered with a little text and an {@code add_task} call; once a
 * tool's result comes back, with a final message quoting it; anything else with "Hello".
 * Every request is kept, for tests to read what the model was sent.
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
			var chunks = "tool".equals(last.get("role")) ? text("Done: " + last.get("content"), "stop")
					: String.valueOf(last.get("content")).startsWith("Add ") ? addTask(last) : text("Hello", "stop");
			var body = (chunks + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private static String addTask(Map<String, Object> user) {
		var title = String.valueOf(user.get("content")).substring("Add ".length());
		var call = Map.of("index", 0, "id", "call-1", "type", "function", "function",
				Map.of("name", "add_task", "arguments", JSON.writeValueAsString(Map.of("title", title))));
		return chunk(Map.of("role", "assistant", "content", "On it. "), null)
				+ chunk(Map.of("tool_calls", List.of(call)), null) + chunk(Map.of(), "tool_calls");
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
