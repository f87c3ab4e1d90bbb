package io.todoplatform.assistant.adapter.in.mcp;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.todoplatform.assistant.application.port.in.Tool;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.in.UseTools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The assistant's tools as MCP tools: Spring AI's MCP server (Streamable HTTP at
 * {@code /mcp}) serves every {@link AsyncToolSpecification} bean. Each tool keeps its
 * schemas and annotations as declared, and answers with a short text plus structured
 * content; an error is a result with {@code isError}, never a protocol error.
 */
@Configuration(proxyBeanMethods = false)
class McpTools {

	@Bean
	List<AsyncToolSpecification> toolSpecifications(UseTools tools) {
		return tools.tools().stream().map(tool -> specification(tool, tools)).toList();
	}

	private static AsyncToolSpecification specification(Tool tool, UseTools tools) {
		var hints = tool.hints();
		var declared = McpSchema.Tool.builder()
			.name(tool.name())
			.title(tool.title())
			.description(tool.description())
			.inputSchema(tool.input())
			.outputSchema(tool.output())
			.annotations(new McpSchema.ToolAnnotations(tool.title(), hints.readOnly(), hints.destructive(),
					hints.idempotent(), false, false))
			.build();
		return AsyncToolSpecification.builder()
			.tool(declared)
			.callHandler((context, request) -> Callers.current()
				.flatMap(who -> tools.call(who, tool.name(), arguments(request.arguments())))
				.map(McpTools::result))
			.build();
	}

	private static Map<String, Object> arguments(Map<String, Object> arguments) {
		return arguments == null ? Map.of() : arguments;
	}

	static CallToolResult result(ToolResult result) {
		return CallToolResult.builder()
			.addTextContent(result.text())
			.structuredContent(result.structured())
			.isError(result.error())
			.build();
	}

}
