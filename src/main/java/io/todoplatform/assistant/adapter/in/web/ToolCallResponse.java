package io.todoplatform.assistant.adapter.in.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.assistant.domain.ToolUse;

/**
 * A tool call the model made, as the MCP server would have answered it.
 *
 * @param arguments as the model sent them
 * @param text the result's short text (the problem's detail when it failed)
 * @param result the structured content, or the problem when it failed
 * @param error whether the tool refused or failed
 */
@Schema(name = "ToolCall")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ToolCallResponse(String id, @Schema(example = "add_task") String name, Map<String, Object> arguments,
		String text, Map<String, Object> result, boolean error) {

	static ToolCallResponse of(ToolUse use) {
		return new ToolCallResponse(use.id(), use.name(), use.arguments(), use.text(), use.result(), use.error());
	}

}
