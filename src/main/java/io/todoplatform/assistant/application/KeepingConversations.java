package io.todoplatform.assistant.application;

import java.util.UUID;

import io.todoplatform.assistant.application.port.in.ConversationNotFoundException;
import io.todoplatform.assistant.application.port.in.ManageConversations;
import io.todoplatform.assistant.application.port.out.Conversations;
import io.todoplatform.assistant.domain.Conversation;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class KeepingConversations implements ManageConversations {

	private final Conversations conversations;

	KeepingConversations(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public Flux<Conversation.Summary> list(String owner) {
		return conversations.list(owner);
	}

	@Override
	public Mono<Conversation> get(String owner, UUID id) {
		return conversations.find(owner, id).switchIfEmpty(Mono.error(ConversationNotFoundException::new));
	}

	@Override
	public Mono<Void> delete(String owner, UUID id) {
		return conversations.delete(owner, id)
			.flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(new ConversationNotFoundException()));
	}

}
