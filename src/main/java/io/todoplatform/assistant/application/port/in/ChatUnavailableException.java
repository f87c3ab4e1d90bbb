package io.todoplatform.assistant.application.port.in;

/** No chat model is configured, so the chat endpoint is off. */
public class ChatUnavailableException extends RuntimeException {

	public ChatUnavailableException() {
		super("No chat model is configured. Set TODO_ASSISTANT_CHAT_MODEL to the model's name (e.g. gpt-4.1-mini), "
				+ "OPENAI_API_KEY to its key and, for another OpenAI-compatible server, OPENAI_BASE_URL "
				+ "(e.g. http://localhost:11434/v1), then restart");
	}

}
