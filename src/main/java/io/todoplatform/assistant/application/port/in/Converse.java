package io.todoplatform.assistant.application.port.in;

import java.util.UUID;

import io.todoplatform.assistant.Credentials;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A chat with the assistant: the model answers the user's message with the tools the MCP
 * server offers, run as the user, and the turn is added to the conversation.
 */
public interface Converse {

	/** How many times a model may call tools before it must answer. */
	int MAX_ROUNDS = 8;

	/**
	 * Checks that the chat can start (a model is configured, the conversation is the
	 * caller's), then gives its events: the model's text as it comes, each tool call and
	 * its result, and last the reply (or a failure).
	 * @param conversationId null to start a new conversation
	 * @throws ChatUnavailableException (in the Mono) when no model is configured
	 * @throws ConversationNotFoundException (in the Mono) when the caller has no such
	 * conversation
	 */
	Mono<Flux<ChatEvent>> chat(Credentials who, @Nullable UUID conversationId, String message);

}
