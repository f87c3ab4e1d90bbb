package io.todoplatform.assistant.adapter.in.web;

import static io.swagger.v3.oas.models.PathItem.HttpMethod.DELETE;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static io.todoplatform.apidocs.JsonSchemas.string;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.todoplatform.apidocs.ApiDocument;
import io.todoplatform.apidocs.JsonSchemas;
import io.todoplatform.assistant.application.port.in.Converse;
import io.todoplatform.assistant.domain.Conversation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The chat endpoint as {@link ChatController} and {@link ChatProblems} answer it.
 */
@Component
class ChatApiDocumentation implements OpenApiCustomizer {

	private static final String TAG = "chat";

	private static final String CONVERSATION = "/api/v1/chat/conversations/{id}";

	/** The events of the stream, in their order (ADR 0038). */
	static final String EVENTS = "Server-Sent Events, each with a JSON data line: any number of rounds, each of "
			+ "`delta` events ({\"text\"}: the model's text as it comes) then, for each tool the model calls, "
			+ "`tool-call` ({\"id\", \"name\", \"arguments\"}) and `tool-result` (a ToolCall); last either one "
			+ "`message` ({\"conversationId\", \"message\"}: the final message, the turn stored) or one `error` (a "
			+ "problem with status 502 and the conversationId: the model failed, the turn is not stored). The model "
			+ "may call tools in at most " + Converse.MAX_ROUNDS + " rounds.";

	@Override
	public void customise(OpenAPI openApi) {
		var api = ApiDocument.of(openApi);
		api.operation(POST, "/api/v1/chat")
			.is("chat", TAG, "Ask the assistant: it acts on your tasks with the MCP server's tools, as you")
			.bodyExample(Map.of("message", "Remind me to pay rent on the last working day of every month at 9"))
			.json(200,
					"The answer: Server-Sent Events, or with Accept: application/json one document (the final "
							+ "message, each tool call with its result, the conversation)",
					JsonSchemas.ref("ChatAnswer"))
			.orAs(200, MediaType.TEXT_EVENT_STREAM_VALUE, string().description(EVENTS))
			.problem(400, "The message is missing, empty or too long, or the body has other fields (invalid-params)")
			.problem(404, "You have no conversation of that id")
			.problem(502, "Accept: application/json only: the model failed after the chat started; nothing stored")
			.problem(503, "No chat model is configured: the detail says how to configure one");
		api.operation(GET, "/api/v1/chat/conversations")
			.is("listConversations", TAG, "Your conversations with the assistant, the latest first")
			.succeeds(200, "Their ids, titles and when they last changed");
		api.operation(GET, CONVERSATION)
			.is("getConversation", TAG, "A conversation of yours, with its turns")
			.parameter(conversationId())
			.succeeds(200,
					"The conversation; only its latest " + Conversation.MAX_TURNS + " turns (and about "
							+ Conversation.MAX_SIZE + " characters) are kept, older ones are dropped")
			.problem(404, "You have no such conversation (malformed ids and other users' too)");
		api.operation(DELETE, CONVERSATION)
			.is("deleteConversation", TAG, "Delete a conversation")
			.parameter(conversationId())
			.succeeds(204, "Deleted: it is not found any more")
			.problem(404, "You have no such conversation");
	}

	private static Parameter conversationId() {
		return new Parameter().in("path")
			.name("id")
			.required(true)
			.schema(string("uuid"))
			.description("The conversation's id; a malformed one names no conversation (404)");
	}

}
