package io.todoplatform.assistant.adapter.in.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.apidocs.TrimmedLength;
import io.todoplatform.problems.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /chat}: a message to the assistant, in a new conversation or one of the
 * caller's.
 */
@Schema(name = "ChatRequest")
record ChatRequest(@Schema(
		description = "Go on with this conversation of yours; default: start a new one") @Nullable UUID conversationId,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "1 to " + ChatRequest.MAX_MESSAGE + " characters once trimmed",
				example = "Remind me to pay rent on the last working day of every month at 9") @TrimmedLength(
						max = ChatRequest.MAX_MESSAGE) @Nullable String message) {

	static final int MAX_MESSAGE = 4000;

	/** The message, trimmed. */
	String text() {
		var text = message == null ? "" : message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw new ChatProblems.InvalidMessage(List.of(new InvalidParam("message",
					message == null ? "is required" : "must be 1 to " + MAX_MESSAGE + " characters once trimmed")));
		}
		return text;
	}

}
