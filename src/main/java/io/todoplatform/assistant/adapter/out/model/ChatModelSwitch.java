package io.todoplatform.assistant.adapter.out.model;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the chat model on when {@code todo.assistant.chat.model}
 * ({@code TODO_ASSISTANT_CHAT_MODEL}) names one: Spring AI's OpenAI chat model is then
 * made, for that model, at {@code OPENAI_BASE_URL} with {@code OPENAI_API_KEY} (Spring AI
 * reads both, as do {@code spring.ai.openai.base-url} and {@code api-key}). Without it
 * {@code spring.ai.model.chat} stays {@code none}: no chat model, the chat endpoint
 * answers 503. One setting, because Spring AI would otherwise make a model for any key.
 */
class ChatModelSwitch implements EnvironmentPostProcessor {

	static final String MODEL = "todo.assistant.chat.model";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var model = environment.getProperty(MODEL);
		if (StringUtils.hasText(model)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("assistantChatModel",
						Map.of("spring.ai.model.chat", "openai", "spring.ai.openai.chat.model", model.strip())));
		}
	}

}
