package io.todoplatform.web.tasks;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the list's forms and buttons do: quick add (then the list again, as the page's URL
 * has it), complete and reopen (the task's item again, from the API's answer), and delete
 * (sent by the page once its undo time is over). A refusal is shown in the API's words:
 * next to the quick-add fields, or as a notice.
 */
@Controller
class TaskActions {

	private static final String TASKS = "/api/v1/tasks/";

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Api api;

	private final TaskLists lists;

	TaskActions(Api api, TaskLists lists) {
		this.api = api;
		this.lists = lists;
	}

	@PostMapping("/tasks")
	Mono<String> add(ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap(form -> {
			var draft = QuickAdd.of(form);
			var problems = draft.problems();
			if (!problems.isEmpty()) {
				return Mono.just(refused(exchange, model, draft, problems));
			}
			return api.send(exchange, ApiCall.post(Service.TASKS, "/api/v1/tasks", draft.body(form.getFirst("zone"))))
				.flatMap(answer -> answer.ok() ? list(exchange, model)
						: Mono.just(refused(exchange, model, draft, QuickAdd.fields(FieldErrors.of(answer)))));
		});
	}

	@PostMapping("/tasks/{id}/complete")
	Mono<String> complete(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return item(exchange, model, ApiCall.post(Service.TASKS, TASKS + taskId(id) + "/complete", null));
	}

	@PostMapping("/tasks/{id}/reopen")
	Mono<String> reopen(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return item(exchange, model, ApiCall.post(Service.TASKS, TASKS + taskId(id) + "/reopen", null));
	}

	/** Gone already is as good as deleted: the user wanted it gone. */
	@DeleteMapping("/tasks/{id}")
	Mono<ResponseEntity<String>> delete(@PathVariable String id, ServerWebExchange exchange) {
		return api.send(exchange, ApiCall.delete(Service.TASKS, TASKS + taskId(id)))
			.map(answer -> answer.ok() || answer.status() == 404 ? ResponseEntity.noContent().<String>build()
					: ResponseEntity.status(answer.status()).body(problem(answer)));
	}

	private Mono<String> list(ServerWebExchange exchange, Model model) {
		var page = ListQuery.ofUrl(exchange.getRequest().getHeaders().getFirst("HX-Current-URL"));
		return lists.show(exchange, page, model).thenReturn("web/tasks/list :: list");
	}

	private Mono<String> item(ServerWebExchange exchange, Model model, ApiCall call) {
		return api.send(exchange, call).map(answer -> {
			if (answer.ok()) {
				model.addAttribute("t", TaskView.of(answer.object()));
				return "web/tasks/list :: item";
			}
			// Shown in the notices (the item stays as it was): 422 is what htmx swaps.
			var response = exchange.getResponse();
			response.setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
			response.getHeaders().set("HX-Retarget", "#notices");
			response.getHeaders().set("HX-Reswap", "beforeend");
			model.addAttribute("problem",
					answer.status() == 404 ? "That task is gone: it was deleted meanwhile." : problem(answer));
			return "web/tasks/list :: refusal";
		});
	}

	private static String refused(ServerWebExchange exchange, Model model, QuickAdd draft, Map<String, String> errors) {
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
		response.getHeaders().set("HX-Retarget", "#add");
		response.getHeaders().set("HX-Reswap", "outerHTML");
		model.addAttribute("draft", draft);
		model.addAttribute("addErrors", errors);
		return "web/tasks/add :: add";
	}

	private static String problem(ApiAnswer answer) {
		return String.join("; ", FieldErrors.of(answer).values());
	}

	/**
	 * Only a task id reaches an API path; anything else is a page that does not exist.
	 */
	private static UUID taskId(String id) {
		if (!ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such task");
		}
		return UUID.fromString(id);
	}

}
