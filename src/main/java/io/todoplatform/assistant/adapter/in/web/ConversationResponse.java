package io.todoplatform.assistant.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.assistant.domain.Conversation;
import io.todoplatform.assistant.domain.Turn;

/**
 * A conversation with its turns (only the latest are kept: see the description).
 */
@Schema(name = "Conversation")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ConversationResponse(UUID id, @Schema(description = "The first message, trimmed") String title,
		Instant updatedAt, @ArraySchema(arraySchema = @Schema(description = "Oldest first; at most "
				+ Conversation.MAX_TURNS + ", older ones dropped")) List<TurnResponse> turns) {

	static ConversationResponse of(Conversation conversation) {
		return new ConversationResponse(conversation.id(), conversation.title(), conversation.updatedAt(),
				conversation.turns().stream().map(TurnResponse::of).toList());
	}

	/** One message of the user, the tools the model used for it, and its reply. */
	@Schema(name = "ConversationTurn")
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record TurnResponse(String message, List<ToolCallResponse> toolCalls, String reply, Instant at) {

		static TurnResponse of(Turn turn) {
			return new TurnResponse(turn.message(), turn.tools().stream().map(ToolCallResponse::of).toList(),
					turn.reply(), turn.at());
		}

	}

	/** A conversation as a list shows it. */
	@Schema(name = "ConversationSummary")
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Summary(UUID id, String title, Instant updatedAt) {

		static Summary of(Conversation.Summary summary) {
			return new Summary(summary.id(), summary.title(), summary.updatedAt());
		}

	}

}
