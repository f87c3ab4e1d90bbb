package io.todoplatform.web.tasks;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.Choice;
import io.todoplatform.web.FieldErrors;
import io.todoplatform.web.NotFound;
import io.todoplatform.web.Uuids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A task's edit page at {@code /tasks/{id}}. Saving sends the form as a merge patch with
 * {@code If-Match} of the version the page was read at: a change made elsewhere in
 * between is reported with the task's current values, never overwritten.
 */
@Controller
class TaskEditPages {

	private static final String TASKS = "/api/v1/tasks/";

	/** Every zone the JVM knows, as the API does ({@code ZoneId.of}). */
	private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

	private final Api api;

	TaskEditPages(Api api) {
		this.api = api;
	}

	@GetMapping("/tasks/{id}")
	Mono<String> show(@PathVariable String id, @RequestParam(defaultValue = "false") boolean saved,
			ServerWebExchange exchange, Model model) {
		if (!Uuids.valid(id)) {
			return Mono.just(NotFound.page(exchange));
		}
		model.addAttribute("saved", saved);
		return read(exchange, id).flatMap(task -> task.ok()
				? page(exchange, TaskForm.of(task.object()), Map.of(), model) : Mono.just(NotFound.page(exchange)));
	}

	@PostMapping("/tasks/{id}")
	Mono<String> save(@PathVariable String id, ServerWebExchange exchange, Model model) {
		if (!Uuids.valid(id)) {
			return Mono.just(NotFound.page(exchange));
		}
		return exchange.getFormData().flatMap(data -> {
			var form = TaskForm.read(id, data);
			var patch = form.patch();
			if (!patch.errors().isEmpty()) {
				return refused(exchange, form, patch.errors(), model);
			}
			var call = ApiCall.patch(Service.TASKS, TASKS + id, patch.body()).withIfMatch("\"" + form.version() + "\"");
			return api.send(exchange, call).flatMap(answer -> switch (answer.status()) {
				case 200 -> Mono.just("redirect:/tasks/" + id + "?saved=true");
				case 404 -> Mono.just(NotFound.page(exchange));
				case 412 -> changedMeanwhile(exchange, id, model);
				default -> refused(exchange, form, patch.placed(FieldErrors.of(answer)), model);
			});
		});
	}

	/** Someone changed the task since the page was read: show what it is now. */
	private Mono<String> changedMeanwhile(ServerWebExchange exchange, String id, Model model) {
		model.addAttribute("conflict", true);
		return read(exchange, id).flatMap(task -> {
			if (!task.ok()) {
				return Mono.just(NotFound.page(exchange));
			}
			exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
			return page(exchange, TaskForm.of(task.object()), Map.of(), model);
		});
	}

	private Mono<String> refused(ServerWebExchange exchange, TaskForm form, Map<String, String> errors, Model model) {
		exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
		return page(exchange, form, errors, model);
	}

	private Mono<ApiAnswer> read(ServerWebExchange exchange, String id) {
		return api.send(exchange, ApiCall.get(Service.TASKS, TASKS + id));
	}

	private Mono<String> page(ServerWebExchange exchange, TaskForm form, Map<String, String> errors, Model model) {
		model.addAttribute("section", "tasks");
		model.addAttribute("task", form);
		model.addAttribute("priorities", Choice.PRIORITIES);
		model.addAttribute("errors", errors);
		model.addAttribute("unplaced", TaskForm.unplaced(errors));
		// A zone outside the list (an offset such as +02:00) is kept, not silently
		// replaced by the first.
		model.addAttribute("zones", ZONES.contains(form.timeZone()) ? ZONES
				: Stream.concat(Stream.of(form.timeZone()), ZONES.stream()).toList());
		return TagSuggestions.of(api, exchange)
			.doOnNext(tags -> model.addAttribute("suggestedTags", tags))
			.thenReturn("web/task");
	}

}
