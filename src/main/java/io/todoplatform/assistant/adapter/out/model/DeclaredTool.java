package io.todoplatform.assistant.adapter.out.model;

import io.todoplatform.assistant.application.port.out.LanguageModel.ToolSpec;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool as Spring AI tells the model of it: name, description and input schema. Only the
 * assistant's loop runs tools (as the caller, with the caller's credentials), so calling
 * this is a mistake, and says so rather than acting for nobody.
 */
record DeclaredTool(ToolDefinition definition) implements ToolCallback {

	static DeclaredTool of(ToolSpec tool, JsonMapper json) {
		return new DeclaredTool(ToolDefinition.builder()
			.name(tool.name())
			.description(tool.description())
			.inputSchema(json.writeValueAsString(tool.input()))
			.build());
	}

	@Override
	public ToolDefinition getToolDefinition() {
		return definition;
	}

	@Override
	public String call(String toolInput) {
		throw new UnsupportedOperationException(
				"The assistant runs " + definition.name() + " itself, as the caller; Spring AI must not");
	}

}
