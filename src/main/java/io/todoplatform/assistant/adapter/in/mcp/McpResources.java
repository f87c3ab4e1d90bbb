package io.todoplatform.assistant.adapter.in.mcp;

import java.util.List;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.todoplatform.assistant.application.port.in.ReadResources;
import io.todoplatform.assistant.application.port.in.ReadResources.Resource;
import io.todoplatform.assistant.application.port.in.ResourceNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant's resources as MCP resources and resource templates (Spring AI's MCP
 * server serves every list of their specifications), each read as the caller and answered
 * as one JSON text. A URI that names nothing of the caller's is MCP's "resource not
 * found" error (-32002), as for a resource that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class McpResources {

	private static final String JSON = "application/json";

	@Bean
	List<AsyncResourceSpecification> resourceSpecifications(ReadResources resources, JsonMapper json) {
		return resources.resources()
			.stream()
			.filter(resource -> !resource.template())
			.map(resource -> new AsyncResourceSpecification(McpSchema.Resource.builder()
				.uri(resource.uri())
				.name(resource.name())
				.title(resource.title())
				.description(resource.description())
				.mimeType(JSON)
				.build(), (context, request) -> read(resources, json, request)))
			.toList();
	}

	@Bean
	List<AsyncResourceTemplateSpecification> resourceTemplateSpecifications(ReadResources resources, JsonMapper json) {
		return resources.resources()
			.stream()
			.filter(Resource::template)
			.map(resource -> new AsyncResourceTemplateSpecification(McpSchema.ResourceTemplate.builder()
				.uriTemplate(resource.uri())
				.name(resource.name())
				.title(resource.title())
				.description(resource.description())
				.mimeType(JSON)
				.build(), (context, request) -> read(resources, json, request)))
			.toList();
	}

	private static Mono<ReadResourceResult> read(ReadResources resources, JsonMapper json,
			ReadResourceRequest request) {
		return Callers.current()
			.flatMap(who -> resources.read(who, request.uri()))
			.map(document -> new ReadResourceResult(
					List.of(new TextResourceContents(request.uri(), JSON, json.writeValueAsString(document)))))
			.onErrorMap(ResourceNotFoundException.class, e -> McpError.RESOURCE_NOT_FOUND.apply(request.uri()));
	}

}
