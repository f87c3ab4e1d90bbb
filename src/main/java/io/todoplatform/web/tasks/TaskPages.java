package io.todoplatform.web.tasks;

import java.net.URI;

import io.todoplatform.web.Fragments;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The task list at {@code /tasks} (the root leads there). Its query parameters are the
 * API's own ({@link ListQuery}), so a list's URL is shareable and the API validates it: a
 * filter it refuses shows its message, never an error page (the whole page answers 200,
 * so that htmx restores it on the back button too; the list alone 422, which htmx shows).
 * htmx asks for the list alone while searching and filtering; a first visit, a reload or
 * the back button get the whole page.
 */
@Controller
class TaskPages {

	private final TaskLists lists;

	TaskPages(TaskLists lists) {
		this.lists = lists;
	}

	@GetMapping("/")
	ResponseEntity<Void> root() {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/tasks")).build();
	}

	@GetMapping("/tasks")
	Mono<String> list(ServerWebExchange exchange, Model model) {
		var fragment = Fragments.wanted(exchange);
		return lists.show(exchange, ListQuery.of(exchange.getRequest().getQueryParams()), model).map(shown -> {
			if (!shown && fragment) {
				exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
			}
			return fragment ? "web/tasks/list :: list" : "web/tasks";
		});
	}

}
