package io.todoplatform.assistant.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.assistant.Credentials;
import io.todoplatform.assistant.application.port.in.ChatEvent;
import io.todoplatform.assistant.application.port.in.ChatUnavailableException;
import io.todoplatform.assistant.application.port.in.ConversationNotFoundException;
import io.todoplatform.assistant.application.port.in.Converse;
import io.todoplatform.assistant.application.port.in.ToolResult;
import io.todoplatform.assistant.application.port.in.UseTools;
import io.todoplatform.assistant.application.port.out.Conversations;
import io.todoplatform.assistant.application.port.out.LanguageModel;
import io.todoplatform.assistant.domain.Conversation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the tool-calling loop itself: the model proposes tool calls, the assistant runs
 * them with the caller's credentials (passed along explicitly, whatever thread the
 * model's client answers on) and sends the results back, at most
 * {@link Converse#MAX_ROUNDS} times. So every step is an event the client sees as it
 * happens, and no model can make the assistant call tools for ever.
 */
@Service
class Conversing implements Converse {

	private static final Logger log = LoggerFactory.getLogger(Conversing.class);

	private final LanguageModel model;

	private final UseTools tools;

	private final Conversations conversations;

	private final Clock clock;

	private final String instructions;

	Conversing(LanguageModel model, UseTools tools, Conversations conversations, Clock clock,
			@Value("${spring.ai.mcp.server.instructions:}") String instructions) {
		this.model = model;
		this.tools = tools;
		this.conversations = conversations;
		this.clock = clock;
		this.instructions = instructions;
	}

	@Override
	public Mono<Flux<ChatEvent>> chat(Credentials who, @Nullable UUID conversationId, String message) {
		if (!model.configured()) {
			return Mono.error(new ChatUnavailableException());
		}
		var conversation = conversationId == null
				? Mono.just(Conversation.start(who.subject(), message, clock.instant()))
				: conversations.find(who.subject(), conversationId)
					.switchIfEmpty(Mono.error(ConversationNotFoundException::new));
		return conversation.map(found -> {
			var exchange = new Exchange(who, found, message, clock.instant(), instructions);
			return round(exchange, 1).onErrorResume(e -> {
				log.warn("The chat model failed for {}", who, e);
				return Mono.just(new ChatEvent.Failed(found.id(),
						"The chat model failed or did not answer; nothing of this turn was stored but what its "
								+ "tools did. Try again shortly"));
			})
				// The turn runs to its end even when its client goes away: the tools it
				// called did act, so it must be kept. (cache() keeps going, and keeps the
				// few events of one turn, without subscribers.)
				.cache();
		});
	}

	private Flux<ChatEvent> round(Exchange exchange, int round) {
		var text = new StringBuilder();
		var calls = new ArrayList<LanguageModel.Call>();
		var streamed = model.reply(exchange.messages(), specs()).concatMap(output -> switch (output) {
			case LanguageModel.Text delta -> {
				text.append(delta.delta());
				yield Flux.<ChatEvent>just(new ChatEvent.Delta(delta.delta()));
			}
			case LanguageModel.Calls asked -> {
				calls.addAll(asked.calls());
				yield Flux.<ChatEvent>empty();
			}
		});
		return streamed.concatWith(Flux.defer(() -> {
			if (calls.isEmpty()) {
				return reply(exchange, text.toString());
			}
			if (round > MAX_ROUNDS) {
				return reply(exchange, text + (text.isEmpty() ? "" : "\n\n") + "I stopped after " + MAX_ROUNDS
						+ " rounds of tool calls without finishing; please say how to go on.");
			}
			exchange.asked(text.toString(), calls);
			return Flux.fromIterable(calls)
				.concatMap(call -> use(exchange, call))
				.concatWith(Flux.defer(() -> round(exchange, round + 1)));
		}));
	}

	private Flux<ChatEvent> use(Exchange exchange, LanguageModel.Call call) {
		var called = new ChatEvent.ToolCalled(call.id(), call.name(),
				call.arguments() == null ? Map.of() : call.arguments());
		var result = call.arguments() == null ? Mono.just(ToolResult.invalid("The arguments must be a JSON object"))
				: tools.call(exchange.who(), call.name(), call.arguments());
		return Flux.concat(Mono.just(called),
				result.map(answer -> new ChatEvent.ToolAnswered(exchange.answered(call, answer))));
	}

	private Flux<ChatEvent> reply(Exchange exchange, String message) {
		var conversation = exchange.conversation();
		return conversations.add(conversation, exchange.turn(message, clock.instant()))
			.map(Conversation::id)
			// Deleted while the model answered: the answer is still the user's.
			.defaultIfEmpty(conversation.id())
			.map(id -> (ChatEvent) new ChatEvent.Replied(id, message))
			.flux();
	}

	private List<LanguageModel.ToolSpec> specs() {
		return tools.tools()
			.stream()
			.map(tool -> new LanguageModel.ToolSpec(tool.name(), tool.description(), tool.input()))
			.toList();
	}

}
