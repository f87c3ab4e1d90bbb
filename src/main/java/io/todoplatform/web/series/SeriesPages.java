package io.todoplatform.web.series;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.todoplatform.client.ApiAnswer;
import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.NotFound;
import io.todoplatform.web.Uuids;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The user's recurring tasks at {@code /series}, and the editor of one, new or existing,
 * with the tasks it made.
 */
@Controller
class SeriesPages {

	static final String SERIES = "/api/v1/recurring-tasks";

	private final Api api;

	SeriesPages(Api api) {
		this.api = api;
	}

	@GetMapping("/series")
	Mono<String> list(ServerWebExchange exchange, Model model) {
		model.addAttribute("section", "series");
		return api.send(exchange, ApiCall.get(Service.RECURRENCE, SERIES)).map(answer -> {
			model.addAttribute("series", items(answer).stream().map(SeriesView::of).toList());
			return "web/series";
		});
	}

	@GetMapping("/series/new")
	String create(Model model) {
		return SeriesEditor.show(model, SeriesForm.blank(), null, Map.of());
	}

	@GetMapping("/series/{id}")
	Mono<String> show(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return editor(id, exchange, model, null, Map.of());
	}

	/**
	 * An existing series' editor, with its fields as saved or as the user typed them (the
	 * API refused them: its messages by field).
	 */
	Mono<String> editor(String id, ServerWebExchange exchange, Model model, @Nullable SeriesForm typed,
			Map<String, String> errors) {
		if (!Uuids.valid(id)) {
			return Mono.just(missing(exchange, model));
		}
		return api.send(exchange, ApiCall.get(Service.RECURRENCE, SERIES + "/" + id)).flatMap(answer -> {
			if (!answer.ok()) {
				return Mono.just(missing(exchange, model));
			}
			var series = SeriesView.of(answer.object());
			SeriesEditor.show(model, typed == null ? SeriesForm.of(answer.object()) : typed, series, errors);
			return occurrences(exchange, series, model);
		});
	}

	/** The tasks this series made, newest first: the API filters tasks by series. */
	private Mono<String> occurrences(ServerWebExchange exchange, SeriesView series, Model model) {
		var zone = ZoneId.of(series.timeZone());
		return api
			.send(exchange,
					ApiCall.get(Service.TASKS,
							"/api/v1/tasks?seriesId=" + series.id() + "&sort=createdAt,desc&size=20"))
			.map(answer -> {
				model.addAttribute("occurrences",
						items(answer).stream().map(task -> OccurrenceView.of(task, zone)).toList());
				return "web/series-edit";
			});
	}

	/** A foreign, deleted or malformed id: the same page, never the API's details. */
	static String missing(ServerWebExchange exchange, Model model) {
		model.addAttribute("section", "series");
		return NotFound.page(exchange);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> items(ApiAnswer answer) {
		return answer.ok() && answer.object().get("items") instanceof List<?> items ? (List<Map<String, Object>>) items
				: List.of();
	}

}
