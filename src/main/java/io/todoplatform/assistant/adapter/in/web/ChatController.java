package io.todoplatform.assistant.adapter.in.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ChatEvent;
import io.todoplatform.assistant.application.port.in.ConversationNotFoundException;
import io.todoplatform.assistant.application.port.in.Converse;
import io.todoplatform.assistant.application.port.in.ManageConversations;
import io.todoplatform.problems.Ids;
import io.todoplatform.problems.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The chat endpoint and the caller's conversations. The caller's credentials are read
 * here, once, and handed to the chat explicitly: the model's client answers on threads of
 * its own, where no security context is.
 */
@RestController
@RequestMapping("/api/v1/chat")
class ChatController {

	private final Converse converse;

	private final ManageConversations conversations;

	ChatController(Converse converse, ManageConversations conversations) {
		this.converse = converse;
		this.conversations = conversations;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChatAnswer.class)))
	Mono<ResponseEntity<Object>> chat(@AuthenticationPrincipal Jwt token, @RequestBody ChatRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		var who = Credentials.of(token);
		return Mono.defer(() -> converse.chat(who, request.conversationId(), request.text()))
			.flatMap(events -> wantsJson(accept) ? answer(events)
					: Mono.just(ResponseEntity.ok()
						.contentType(MediaType.TEXT_EVENT_STREAM)
						.body(events.map(ChatController::event))));
	}

	@GetMapping("/conversations")
	Flux<ConversationResponse.Summary> list(@AuthenticationPrincipal Jwt token) {
		return conversations.list(token.getSubject()).map(ConversationResponse.Summary::of);
	}

	@GetMapping("/conversations/{id}")
	Mono<ConversationResponse> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return Mono.defer(() -> conversations.get(token.getSubject(), conversationId(id)))
			.map(ConversationResponse::of);
	}

	@DeleteMapping("/conversations/{id}")
	Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
		return Mono.defer(() -> conversations.delete(token.getSubject(), conversationId(id)))
			.thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Server-Sent Events unless the client names JSON before them (or instead of them) in
	 * its Accept header.
	 */
	/**
	 * JSON when the client prefers it to an event stream: the most preferred of the two
	 * (by q-value, then by order) decides.
	 */
	private static boolean wantsJson(@Nullable String accept) {
		return accept != null && MediaType.parseMediaTypes(accept)
			.stream()
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.filter(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
			.findFirst()
			.filter(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.APPLICATION_JSON))
			.isPresent();
	}

	private static Mono<ResponseEntity<Object>> answer(Flux<ChatEvent> events) {
		var calls = new ArrayList<ToolCallResponse>();
		return events.<ResponseEntity<Object>>handle((event, sink) -> {
			if (event instanceof ChatEvent.ToolAnswered answered) {
				calls.add(ToolCallResponse.of(answered.use()));
			}
			else if (event instanceof ChatEvent.Replied replied) {
				sink.next(ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.body(new ChatAnswer(replied.conversationId(), replied.message(), List.copyOf(calls))));
			}
			else if (event instanceof ChatEvent.Failed failed) {
				sink.error(new ChatProblems.ModelFailed(failed.detail()));
			}
		}).next();
	}

	private static ServerSentEvent<Object> event(ChatEvent event) {
		return switch (event) {
			case ChatEvent.Delta delta -> sse("delta", Map.of("text", delta.text()));
			case ChatEvent.ToolCalled called ->
				sse("tool-call", Map.of("id", called.id(), "name", called.name(), "arguments", called.arguments()));
			case ChatEvent.ToolAnswered answered -> sse("tool-result", ToolCallResponse.of(answered.use()));
			case ChatEvent.Replied replied ->
				sse("message", Map.of("conversationId", replied.conversationId(), "message", replied.message()));
			case ChatEvent.Failed failed -> {
				var problem = Problems.of(HttpStatus.BAD_GATEWAY, failed.detail());
				problem.setProperty("conversationId", failed.conversationId());
				yield sse("error", problem);
			}
		};
	}

	private static ServerSentEvent<Object> sse(String name, Object data) {
		return ServerSentEvent.builder(data).event(name).build();
	}

	private static UUID conversationId(String id) {
		return Ids.uuidOr(id, malformed -> new ConversationNotFoundException());
	}

}
