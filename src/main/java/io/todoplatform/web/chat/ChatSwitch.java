package io.todoplatform.web.chat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether this process has a chat model, for every page's Chat link ({@code chat} in the
 * layout) and the chat page. It reads the setting the assistant's own switch reads
 * ({@code todo.assistant.chat.model}, {@code TODO_ASSISTANT_CHAT_MODEL}) rather than
 * asking the API: the assistant always runs in this process beside the web UI (the tasks
 * app-id, or the local mode), so the setting is the same, and the chat endpoint can only
 * be asked by sending a message, which would call the model.
 */
@ControllerAdvice(basePackages = "io.todoplatform.web")
class ChatSwitch {

	private final boolean on;

	ChatSwitch(@Value("${todo.assistant.chat.model:}") String model) {
		this.on = StringUtils.hasText(model);
	}

	@ModelAttribute("chat")
	boolean on() {
		return on;
	}

}
