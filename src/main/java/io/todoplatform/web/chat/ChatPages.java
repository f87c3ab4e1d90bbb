package io.todoplatform.web.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.Uuids;
import io.todoplatform.web.FieldErrors;
import io.todoplatform.web.Fragments;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The chat panel at {@code /chat} (a new conversation) and {@code /chat/{id}} (one of the
 * user's). A message goes to the chat API in its JSON form (the whole answer at once);
 * the panel then shows the conversation as the API keeps it. Without a chat model the
 * page says so.
 */
@Controller
class ChatPages {

	private static final String CHAT = "/api/v1/chat";

	private final Api api;

	private final ChatSwitch chat;

	ChatPages(Api api, ChatSwitch chat) {
		this.api = api;
		this.chat = chat;
	}

	@GetMapping("/chat")
	Mono<String> start(ServerWebExchange exchange, Model model) {
		return panel(exchange, model, null, Map.of());
	}

	@GetMapping("/chat/{id}")
	Mono<String> conversation(@PathVariable String id, ServerWebExchange exchange, Model model) {
		if (!Uuids.valid(id)) {
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			model.addAttribute("missing", true);
			return panel(exchange, model, null, Map.of());
		}
		return panel(exchange, model, id, Map.of());
	}

	@PostMapping("/chat")
	Mono<String> send(ServerWebExchange exchange, Model model) {
		if (!chat.on()) {
			return panel(exchange, model, null, Map.of());
		}
		return exchange.getFormData().flatMap(form -> {
			var request = new LinkedHashMap<String, @Nullable Object>();
			var given = form.getFirst("conversationId");
			var continued = given == null || given.isBlank() ? null : given;
			request.put("conversationId", continued);
			request.put("message", form.getFirst("message"));
			return api.send(exchange, ApiCall.post(Service.TASKS, CHAT, request)).flatMap(answer -> {
				if (!answer.ok()) {
					exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
					model.addAttribute("typed", form.getFirst("message"));
					return panel(exchange, model, continued, FieldErrors.of(answer));
				}
				var id = String.valueOf(answer.object().get("conversationId"));
				exchange.getResponse().getHeaders().set("HX-Push-Url", "/chat/" + id);
				return panel(exchange, model, id, Map.of());
			});
		});
	}

	@PostMapping("/chat/{id}/delete")
	Mono<String> delete(@PathVariable String id, ServerWebExchange exchange) {
		if (!Uuids.valid(id)) {
			return Mono.just("redirect:/chat");
		}
		return api.send(exchange, ApiCall.delete(Service.TASKS, CHAT + "/conversations/" + id))
			.thenReturn("redirect:/chat");
	}

	/**
	 * The conversations, and the open one (null: a new conversation; one the API does not
	 * know for this user: 404).
	 */
	private Mono<String> panel(ServerWebExchange exchange, Model model, @Nullable String open,
			Map<String, String> errors) {
		model.addAttribute("section", "chat");
		model.addAttribute("errors", errors);
		var view = Fragments.wanted(exchange) ? "web/chat :: panel" : "web/chat";
		if (!chat.on()) {
			return Mono.just(view);
		}
		var list = api.send(exchange, ApiCall.get(Service.TASKS, CHAT + "/conversations"))
			.doOnNext(answer -> model.addAttribute("conversations",
					ChatViews.maps(answer.body()).stream().map(ChatViews.Summary::of).toList()));
		if (open == null) {
			return list.thenReturn(view);
		}
		return list.then(api.send(exchange, ApiCall.get(Service.TASKS, CHAT + "/conversations/" + open)))
			.map(answer -> {
				if (answer.ok()) {
					model.addAttribute("conversation", ChatViews.Conversation.of(answer.object()));
				}
				else {
					exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
					model.addAttribute("missing", true);
				}
				return view;
			});
	}

}
