package io.todoplatform.web.tasks;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import io.todoplatform.web.Fragments;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The task list at {@code /tasks} (the root leads there). Its query parameters are the
 * API's own ({@code q}, {@code status}, {@code priority}, {@code tag}, {@code dueFrom},
 * {@code dueTo}, {@code overdue}, {@code sort}, {@code page}, {@code size}), so a list's
 * URL is shareable and the API validates it.
 */
@Controller
class TaskPages {

	static final List<String> QUERY = List.of("q", "status", "priority", "tag", "dueFrom", "dueTo", "overdue", "sort",
			"page", "size");

	private static final String TASKS = "/api/v1/tasks";

	private final Api api;

	TaskPages(Api api) {
		this.api = api;
	}

	@GetMapping("/")
	ResponseEntity<Void> root() {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/tasks")).build();
	}

	@GetMapping("/tasks")
	Mono<String> list(ServerWebExchange exchange, Model model) {
		var fragment = Fragments.wanted(exchange);
		return list(exchange, exchange.getRequest().getQueryParams(), model)
			.thenReturn(fragment ? "web/tasks :: list" : "web/tasks");
	}

	@PostMapping("/tasks")
	Mono<String> add(ServerWebExchange exchange, Model model) {
		return exchange.getFormData()
			.flatMap(form -> api.send(exchange,
					ApiCall.post(Service.TASKS, TASKS,
							Map.of("title", form.getFirst("title") == null ? "" : form.getFirst("title")))))
			.flatMap(answer -> {
				if (!answer.ok()) {
					exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
					model.addAttribute("errors", FieldErrors.of(answer));
					return Mono.just("web/tasks :: add");
				}
				return list(exchange, MultiValueMap.fromSingleValue(Map.of()), model).thenReturn("web/tasks :: list");
			});
	}

	@PostMapping("/tasks/{id}/complete")
	Mono<String> complete(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return api.send(exchange, ApiCall.post(Service.TASKS, TASKS + "/" + id + "/complete", null))
			.then(list(exchange, MultiValueMap.fromSingleValue(Map.of()), model))
			.thenReturn("web/tasks :: list");
	}

	private Mono<Void> list(ServerWebExchange exchange, MultiValueMap<String, String> query, Model model) {
		var path = UriComponentsBuilder.fromPath(TASKS);
		QUERY.forEach(name -> {
			var values = query.get(name);
			if (values != null) {
				path.queryParam(name, values.stream().map(value -> encode(value)).toArray());
			}
		});
		return api.send(exchange, ApiCall.get(Service.TASKS, path.build().toUriString()))
			.doOnNext(answer -> show(answer, model))
			.then();
	}

	private static String encode(String value) {
		return org.springframework.web.util.UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static void show(ApiAnswer answer, Model model) {
		model.addAttribute("section", "tasks");
		if (!answer.ok()) {
			model.addAttribute("tasks", List.of());
			model.addAttribute("errors", FieldErrors.of(answer));
			return;
		}
		var items = answer.object().get("items") instanceof List<?> list ? list : List.of();
		model.addAttribute("tasks", items.stream().map(item -> TaskView.of((Map<String, Object>) item)).toList());
		model.addAttribute("page", answer.object());
	}

}
