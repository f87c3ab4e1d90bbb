package io.todoplatform.assistant.domain;

import java.util.Map;

/**
 * One tool call the model made during a turn, and what the tool answered.
 *
 * @param id the model's id of the call, which its result refers to
 * @param arguments as the model sent them (JSON values)
 * @param text the result's short text
 * @param result the result's structured content, or the problem when it failed
 */
public record ToolUse(String id, String name, Map<String, Object> arguments, String text, Map<String, Object> result,
		boolean error) {

	/** Roughly how much of the bounded history this takes. */
	int size() {
		return name.length() + arguments.toString().length() + text.length() + result.toString().length();
	}

}
