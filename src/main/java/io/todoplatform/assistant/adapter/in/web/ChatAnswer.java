package io.todoplatform.assistant.adapter.in.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code POST /chat} as one JSON document ({@code Accept:
 * application/json}).
 *
 * @param message the model's final message
 * @param toolCalls the tools it used, in order, with their results
 */
@Schema(name = "ChatAnswer")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChatAnswer(UUID conversationId, String message, List<ToolCallResponse> toolCalls) {
}
