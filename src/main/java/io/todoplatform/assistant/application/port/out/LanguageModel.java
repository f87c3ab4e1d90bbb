package io.todoplatform.assistant.application.port.out;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * A chat model that can call tools. It only proposes tool calls: the assistant runs them
 * (as the caller) and sends their results back in the next request.
 */
public interface LanguageModel {

	/** False when no model is configured: the chat endpoint is then off. */
	boolean configured();

	/**
	 * Streams the model's answer to the messages: text as it comes, then the tool calls
	 * it wants made, if any.
	 */
	Flux<Output> reply(List<Message> messages, List<ToolSpec> tools);

	/** A tool as the model is told of it: its input is a JSON Schema. */
	record ToolSpec(String name, String description, Map<String, Object> input) {
	}

	/**
	 * A tool call the model asked for.
	 *
	 * @param arguments the JSON object it sent, or null when it sent something else
	 */
	record Call(String id, String name, @Nullable Map<String, Object> arguments) {
	}

	sealed interface Message {

	}

	record Instructions(String text) implements Message {
	}

	record FromUser(String text) implements Message {
	}

	/** What the model answered before: text, and the tool calls it asked for. */
	record FromModel(String text, List<Call> calls) implements Message {
	}

	/** A tool's result, for the call of that id. */
	record FromTool(String callId, String name, String text, Map<String, Object> result,
			boolean error) implements Message {
	}

	sealed interface Output {

	}

	record Text(String delta) implements Output {
	}

	record Calls(List<Call> calls) implements Output {
	}

}
