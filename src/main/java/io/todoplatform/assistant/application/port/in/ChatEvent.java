package io.todoplatform.assistant.application.port.in;

import java.util.Map;
import java.util.UUID;

import io.todoplatform.assistant.domain.ToolUse;

/**
 * What happens during a chat, in order: any number of rounds, each some {@link Delta}s
 * then the {@link ToolCalled tool calls} the model asked for, each followed by its
 * {@link ToolAnswered result}; last, one {@link Replied} (or one {@link Failed}).
 */
public sealed interface ChatEvent {

	/** A piece of the model's text, as it streams. */
	record Delta(String text) implements ChatEvent {
	}

	record ToolCalled(String id, String name, Map<String, Object> arguments) implements ChatEvent {
	}

	/** A tool call with the tool's result. */
	record ToolAnswered(ToolUse use) implements ChatEvent {
	}

	/** The model's final message; the turn is stored in the conversation by then. */
	record Replied(UUID conversationId, String message) implements ChatEvent {
	}

	/**
	 * The model could not be reached or failed: the turn is not stored (tools it already
	 * ran did run).
	 */
	record Failed(UUID conversationId, String detail) implements ChatEvent {
	}

}
