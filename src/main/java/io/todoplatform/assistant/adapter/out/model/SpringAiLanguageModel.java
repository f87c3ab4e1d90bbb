package io.todoplatform.assistant.adapter.out.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.todoplatform.assistant.application.port.out.LanguageModel;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring AI's {@link ChatModel}, streamed. The tools go to the model as definitions only
 * ({@link DeclaredTool}): Spring AI's chat model does not run tools itself, the
 * assistant's own loop does, so every call and result is seen and bounded there.
 */
@Component
class SpringAiLanguageModel implements LanguageModel {

	/** How long one answer of the model may take, from the request to its last chunk. */
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final ObjectProvider<ChatModel> models;

	private final JsonMapper json;

	SpringAiLanguageModel(ObjectProvider<ChatModel> models, JsonMapper json) {
		this.models = models;
		this.json = json;
	}

	@Override
	public boolean configured() {
		return models.getIfAvailable() != null;
	}

	@Override
	public Flux<Output> reply(List<LanguageModel.Message> messages, List<ToolSpec> tools) {
		var model = models.getObject();
		var callbacks = tools.stream().map(tool -> DeclaredTool.of(tool, json)).toList();
		if (!(model.getOptions() instanceof ToolCallingChatOptions options)) {
			return Flux.error(new IllegalStateException("The chat model cannot call tools"));
		}
		var prompt = new Prompt(messages.stream().map(this::message).toList(),
				options.mutate().toolCallbacks(List.copyOf(callbacks)).build());
		// Building the request and the client's start may block (OkHttp): never on Netty.
		return Flux.defer(() -> model.stream(prompt))
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(TIMEOUT)
			.concatMapIterable(this::outputs);
	}

	private List<Output> outputs(ChatResponse response) {
		return response.getResults().stream().<Output>mapMulti((generation, outputs) -> {
			var message = generation.getOutput();
			if (message.getText() != null && !message.getText().isEmpty()) {
				outputs.accept(new Text(message.getText()));
			}
			if (message.hasToolCalls()) {
				outputs.accept(new Calls(message.getToolCalls()
					.stream()
					.map(call -> new Call(call.id(), call.name(), arguments(call.arguments())))
					.toList()));
			}
		}).toList();
	}

	private org.springframework.ai.chat.messages.Message message(LanguageModel.Message message) {
		return switch (message) {
			case Instructions instructions -> new SystemMessage(instructions.text());
			case FromUser user -> new UserMessage(user.text());
			case FromModel model -> AssistantMessage.builder()
				.content(model.text())
				.toolCalls(model.calls()
					.stream()
					.map(call -> new AssistantMessage.ToolCall(call.id(), "function", call.name(),
							json.writeValueAsString(call.arguments() == null ? Map.of() : call.arguments())))
					.toList())
				.build();
			case FromTool tool -> ToolResponseMessage.builder()
				.responses(List.of(new ToolResponseMessage.ToolResponse(tool.callId(), tool.name(),
						json.writeValueAsString(
								Map.of("text", tool.text(), "isError", tool.error(), "result", tool.result())))))
				.build();
		};
	}

	@SuppressWarnings("unchecked")
	private @Nullable Map<String, Object> arguments(String arguments) {
		try {
			return json.readValue(arguments.isBlank() ? "{}" : arguments, Object.class) instanceof Map<?, ?> map
					? (Map<String, Object>) map : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

}
