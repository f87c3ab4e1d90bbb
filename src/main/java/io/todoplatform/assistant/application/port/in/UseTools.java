package io.todoplatform.assistant.application.port.in;

import io.todoplatform.assistant.Credentials;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * The tools chatbots use, the same for the MCP server and the chat endpoint.
 */
public interface UseTools {

	List<Tool> tools();

	/**
	 * Calls a tool as the given user. Never fails for bad input or an API refusal: those
	 * are {@link ToolResult#error() error results}.
	 */
	Mono<ToolResult> call(Credentials who, String tool, Map<String, Object> arguments);

}
