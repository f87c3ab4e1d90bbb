package io.todoplatform.assistant.domain;

import java.time.Instant;
import java.util.List;

/**
 * One exchange: the user's message, the tools the model used for it, in their order, and
 * the model's reply.
 */
public record Turn(String message, List<ToolUse> tools, String reply, Instant at) {

	public Turn {
		tools = List.copyOf(tools);
	}

	int size() {
		return message.length() + reply.length() + tools.stream().mapToInt(ToolUse::size).sum();
	}

}
