package io.todoplatform.support;

import java.time.Duration;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

/**
 * Real MCP clients (the MCP Java SDK's, over Streamable HTTP) for tests, each acting as
 * one user with their bearer token.
 */
public final class McpClients {

	private McpClients() {
	}

	/**
	 * An initialized client of the MCP server at {@code baseUrl + /mcp}; close it after
	 * use.
	 */
	public static McpSyncClient of(String baseUrl, String token) {
		var transport = HttpClientStreamableHttpTransport.builder(baseUrl)
			.endpoint("/mcp")
			.httpRequestCustomizer(
					(request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
			.build();
		var client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
		client.initialize();
		return client;
	}

	public static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
		return client.callTool(new CallToolRequest(tool, arguments));
	}

	/**
	 * The structured content of a successful call; fails with the result's text
	 * otherwise.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> success(McpSyncClient client, String tool, Map<String, Object> arguments) {
		var result = call(client, tool, arguments);
		if (Boolean.TRUE.equals(result.isError())) {
			throw new AssertionError(tool + " failed: " + text(result));
		}
		return (Map<String, Object>) result.structuredContent();
	}

	public static String text(CallToolResult result) {
		return result.content()
			.stream()
			.filter(TextContent.class::isInstance)
			.map(content -> ((TextContent) content).text())
			.reduce("", (a, b) -> a + b);
	}

}
