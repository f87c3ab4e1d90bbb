package io.todoplatform.assistant.application.port.out;

import java.util.UUID;

import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.Turn;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where conversations are kept: the assistant's PostgreSQL schema in the local mode, the
 * Dapr state store in pods. Each is read and written whole; every read names its owner,
 * so a user never reaches another user's conversation.
 */
public interface Conversations {

	/** Empty when the owner has no such conversation. */
	Mono<Conversation> find(String owner, UUID id);

	/** The owner's conversations, the most recently updated first. */
	Flux<Conversation.Summary> list(String owner);

	/**
	 * Adds a turn to a conversation: to the one stored now, which may have gained a turn
	 * since {@code read} was read (two chats in one conversation at once keep both
	 * turns), or to {@code read} itself when it is new (no turns yet). Empty when the
	 * conversation was deleted meanwhile: its turn is not kept either.
	 */
	Mono<Conversation> add(Conversation read, Turn turn);

	/** False when the owner had no such conversation. */
	Mono<Boolean> delete(String owner, UUID id);

}
