package io.todoplatform.assistant.adapter.in.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.ai.util.JacksonUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server's JSON as Spring AI configures it, except that a null inside a map
 * stays: the server turns a request's params into a tool call by serializing and reading
 * them back, and Spring AI's mapper leaves null map values out on the way, so an argument
 * sent as null (update_task's way of clearing a field, as in a merge patch) would vanish
 * before the tool saw it.
 */
@Configuration(proxyBeanMethods = false)
class McpJson {

	/** Replaces Spring AI's bean of this name; not a candidate for plain injection. */
	@Bean(name = "mcpServerJsonMapper", defaultCandidate = false)
	JsonMapper mcpServerJsonMapper() {
		return JsonMapper.builder()
			.enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.addModules(JacksonUtils.instantiateAvailableModules())
			.changeDefaultPropertyInclusion(
					inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
			.build();
	}

}
