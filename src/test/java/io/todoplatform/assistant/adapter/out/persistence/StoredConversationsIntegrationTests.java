package io.todoplatform.assistant.adapter.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.todoplatform.assistant.application.port.out.Conversations;
import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.Turn;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations in the assistant's schema (the local mode's store): turns added at once
 * are all kept, and a deleted conversation is not brought back by a late turn.
 */
@ApiTest
class StoredConversationsIntegrationTests {

	@Autowired
	Conversations conversations;

	@Test
	void turnsOfOneConversationAddedAtOnceAreAllKept() {
		var owner = "user-" + UUID.randomUUID();
		var read = conversations
			.add(Conversation.start(owner, "First", Instant.now()), new Turn("First", List.of(), "Hi", Instant.now()))
			.block();
		// Eight chats in one conversation at once, each from the same version it read.
		Flux.range(1, 8)
			.flatMap(i -> conversations.add(read, new Turn("Turn " + i, List.of(), "Ok", Instant.now().plusMillis(i))))
			.blockLast(Duration.ofSeconds(60));

		assertThat(conversations.find(owner, read.id()).block().turns()).extracting(Turn::message)
			.hasSize(9)
			.contains("First", "Turn 1", "Turn 8");
	}

	@Test
	void aTurnFinishingAfterItsConversationWasDeletedIsNotKept() {
		var owner = "user-" + UUID.randomUUID();
		var read = conversations
			.add(Conversation.start(owner, "First", Instant.now()), new Turn("First", List.of(), "Hi", Instant.now()))
			.block();
		conversations.delete(owner, read.id()).block();

		assertThat(conversations.add(read, new Turn("Late", List.of(), "Ok", Instant.now())).blockOptional()).isEmpty();
		assertThat(conversations.find(owner, read.id()).blockOptional()).isEmpty();
	}

}
