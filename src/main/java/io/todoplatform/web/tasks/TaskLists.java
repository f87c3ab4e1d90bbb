package io.todoplatform.web.tasks;

import java.util.stream.Collectors;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts one page of a list in the model: one API call, whatever the list shows. A query
 * the API refuses (a bad filter in a URL) becomes the page's message, in the API's words.
 */
@Component
class TaskLists {

	private final Api api;

	TaskLists(Api api) {
		this.api = api;
	}

	/** Whether the API answered with the list; otherwise the model holds its problem. */
	Mono<Boolean> show(ServerWebExchange exchange, ListQuery query, Model model) {
		model.addAttribute("section", "tasks");
		model.addAttribute("query", query);
		return api.send(exchange, ApiCall.get(Service.TASKS, query.apiPath())).map(answer -> {
			if (answer.ok()) {
				model.addAttribute("page", ListPage.of(answer.object()));
				return true;
			}
			model.addAttribute("problem", FieldErrors.of(answer)
				.entrySet()
				.stream()
				.map(error -> error.getKey().isEmpty() ? error.getValue() : error.getKey() + ": " + error.getValue())
				.collect(Collectors.joining("; ")));
			return false;
		});
	}

}
