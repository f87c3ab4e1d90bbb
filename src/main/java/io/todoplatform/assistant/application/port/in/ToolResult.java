package io.todoplatform.assistant.application.port.in;

import java.util.Map;

/**
 * What a tool call gives: a short text for the model, and structured content. An error
 * (bad arguments, not found, a conflict) is a result too, with the problem's detail as
 * its text and the problem as its structured content: the model reads it and can correct
 * itself.
 */
public record ToolResult(String text, Map<String, Object> structured, boolean error) {

	public static ToolResult success(String text, Map<String, Object> structured) {
		return new ToolResult(text, structured, false);
	}

	public static ToolResult failure(String detail, Map<String, Object> problem) {
		return new ToolResult(detail, problem, true);
	}

	/** A problem found before any API call, such as a missing or mistyped argument. */
	public static ToolResult invalid(String detail) {
		return failure(detail, Map.of("title", "Invalid arguments", "status", 400, "detail", detail));
	}

}
