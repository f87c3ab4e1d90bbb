package io.todoplatform.assistant.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A user's conversation with the assistant. It is bounded: at most {@link #MAX_TURNS}
 * turns and about {@link #MAX_SIZE} characters; a new turn drops the oldest turns beyond
 * that (never the new one), so both the history a user reads and what the model is sent
 * again stay small. The title is the first message, whatever was dropped since.
 */
public record Conversation(UUID id, String owner, String title, List<Turn> turns, Instant updatedAt) {

	public static final int MAX_TURNS = 20;

	public static final int MAX_SIZE = 32_000;

	static final int MAX_TITLE = 80;

	public Conversation {
		turns = List.copyOf(turns);
	}

	/** A conversation that has no turn yet, titled after its first message. */
	public static Conversation start(String owner, String firstMessage, Instant now) {
		var title = firstMessage.strip().replaceAll("\\s+", " ");
		return new Conversation(UUID.randomUUID(), owner,
				title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title, List.of(), now);
	}

	/** This conversation with the turn added, its oldest turns dropped to the bounds. */
	public Conversation with(Turn turn) {
		var kept = new ArrayList<>(turns);
		kept.add(turn);
		var size = kept.stream().mapToInt(Turn::size).sum();
		while (kept.size() > 1 && (kept.size() > MAX_TURNS || size > MAX_SIZE)) {
			size -= kept.removeFirst().size();
		}
		return new Conversation(id, owner, title, kept, turn.at());
	}

	public Summary summary() {
		return new Summary(id, title, updatedAt);
	}

	/** What a list of conversations shows of each. */
	public record Summary(UUID id, String title, Instant updatedAt) {
	}

}
