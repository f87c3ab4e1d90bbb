package io.todoplatform.assistant.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationUnitTests {

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@Test
	void theTitleIsTheFirstMessageTrimmedOnOneLineAndShort() {
		assertThat(Conversation.start("alice", "  Pay\n rent  ", NOW).title()).isEqualTo("Pay rent");
		assertThat(Conversation.start("alice", "x".repeat(200), NOW).title()).hasSize(80).endsWith("…");
	}

	@Test
	void beyondTwentyTurnsTheOldestAreDroppedAndTheTitleStays() {
		var conversation = Conversation.start("alice", "Turn 0", NOW);
		for (var i = 0; i < 25; i++) {
			conversation = conversation.with(turn("Turn " + i, "ok", i));
		}
		assertThat(conversation.turns()).hasSize(Conversation.MAX_TURNS);
		assertThat(conversation.turns().getFirst().message()).isEqualTo("Turn 5");
		assertThat(conversation.title()).isEqualTo("Turn 0");
		assertThat(conversation.updatedAt()).isEqualTo(NOW.plusSeconds(24));
	}

	@Test
	void beyondTheSizeTheOldestAreDroppedButNeverTheNewTurn() {
		var conversation = Conversation.start("alice", "Hi", NOW)
			.with(turn("Hi", "x".repeat(20_000), 0))
			.with(turn("Again", "y".repeat(20_000), 1));
		assertThat(conversation.turns()).extracting(Turn::message).containsExactly("Again");
		var huge = conversation.with(new Turn("Big",
				List.of(new ToolUse("call-1", "list_tasks", Map.of(), "z".repeat(40_000), Map.of(), false)), "done",
				NOW.plusSeconds(2)));
		assertThat(huge.turns()).extracting(Turn::message).containsExactly("Big");
	}

	static Turn turn(String message, String reply, int second) {
		return new Turn(message, List.of(), reply, NOW.plusSeconds(second));
	}

}
