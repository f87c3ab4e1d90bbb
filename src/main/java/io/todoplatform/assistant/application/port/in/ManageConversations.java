package io.todoplatform.assistant.application.port.in;

import java.util.UUID;

import io.todoplatform.assistant.domain.Conversation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A user's chat history: only their own conversations, as if no other existed.
 */
public interface ManageConversations {

	/** The most recently updated first. */
	Flux<Conversation.Summary> list(String owner);

	/**
	 * @throws ConversationNotFoundException (in the Mono)
	 */
	Mono<Conversation> get(String owner, UUID id);

	/**
	 * @throws ConversationNotFoundException (in the Mono)
	 */
	Mono<Void> delete(String owner, UUID id);

}
