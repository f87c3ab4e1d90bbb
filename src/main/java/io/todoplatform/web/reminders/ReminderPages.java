package io.todoplatform.web.reminders;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import io.todoplatform.web.NotFound;
import io.todoplatform.web.Uuids;
import io.todoplatform.web.reminders.ReminderView.TaskName;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The user's reminders at {@code /reminders}, from the notifications API, each with its
 * task's title (from the tasks API), and a snooze.
 */
@Controller
class ReminderPages {

	private static final String REMINDERS = "/api/v1/reminders";

	/** Enough for a page; the API lists up to 1,000, by fire time. */
	private static final int SHOWN = 100;

	private final Api api;

	ReminderPages(Api api) {
		this.api = api;
	}

	@GetMapping("/reminders")
	Mono<String> list(@RequestParam(defaultValue = "false") boolean snoozed, ServerWebExchange exchange, Model model) {
		model.addAttribute("snoozed", snoozed);
		return page(exchange, Map.of(), model);
	}

	@PostMapping("/reminders/{id}/snooze")
	Mono<String> snooze(@PathVariable String id, ServerWebExchange exchange, Model model) {
		if (!Uuids.valid(id)) {
			return Mono.just(NotFound.page(exchange));
		}
		return exchange.getFormData().flatMap(form -> {
			var duration = form.getFirst("for");
			return api.send(exchange, ApiCall.post(Service.NOTIFICATIONS, REMINDERS + "/" + id + "/snooze",
					Map.of("for", duration == null ? "" : duration)));
		}).flatMap(answer -> {
			if (answer.ok()) {
				return Mono.just("redirect:/reminders?snoozed=true");
			}
			if (answer.status() == 404) {
				return Mono.just(NotFound.page(exchange));
			}
			exchange.getResponse()
				.setStatusCode(answer.status() == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
			model.addAttribute("snoozed", false);
			return page(exchange, Map.of(id, String.join("; ", FieldErrors.of(answer).values())), model);
		});
	}

	/**
	 * @param errors a snooze's refusal, by reminder id
	 */
	@SuppressWarnings("unchecked")
	private Mono<String> page(ServerWebExchange exchange, Map<String, String> errors, Model model) {
		model.addAttribute("section", "reminders");
		model.addAttribute("errors", errors);
		return api.send(exchange, ApiCall.get(Service.NOTIFICATIONS, REMINDERS)).flatMap(answer -> {
			var reminders = answer.body() instanceof List<?> list ? list.stream().limit(SHOWN).toList() : List.of();
			model.addAttribute("more", answer.body() instanceof List<?> list && list.size() > SHOWN);
			return Flux.fromIterable(reminders)
				.map(reminder -> (String) ((Map<String, Object>) reminder).get("taskId"))
				.distinct()
				.flatMap(taskId -> task(exchange, taskId).map(task -> Map.entry(taskId, task)), 4)
				.collectMap(Map.Entry::getKey, Map.Entry::getValue)
				.map(tasks -> reminders.stream()
					.map(reminder -> (Map<?, ?>) reminder)
					.map(reminder -> ReminderView.of(reminder,
							tasks.getOrDefault(reminder.get("taskId"), TaskName.GONE)))
					.toList());
		}).doOnNext(views -> model.addAttribute("reminders", views)).thenReturn("web/reminders");
	}

	private Mono<TaskName> task(ServerWebExchange exchange, String taskId) {
		return api.send(exchange, ApiCall.get(Service.TASKS, "/api/v1/tasks/" + taskId))
			.map(answer -> answer.ok() ? new TaskName((String) answer.object().get("title"),
					ZoneId.of((String) answer.object().get("timeZone"))) : TaskName.GONE);
	}

}
