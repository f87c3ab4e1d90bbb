package io.todoplatform.web.series;

import java.util.Map;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.Uuids;
import io.todoplatform.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Saving, skipping and stopping a series: plain forms, each answered with the series'
 * page (a redirect), or the editor again with the API's messages next to the fields
 * (422).
 */
@Controller
class SeriesActions {

	private static final String SERIES = SeriesPages.SERIES;

	private final Api api;

	private final SeriesPages pages;

	SeriesActions(Api api, SeriesPages pages) {
		this.api = api;
		this.pages = pages;
	}

	@PostMapping("/series")
	@SuppressWarnings("unchecked")
	Mono<String> create(ServerWebExchange exchange, Model model) {
		return exchange.getFormData()
			.map(SeriesForm::read)
			.flatMap(form -> api.send(exchange, ApiCall.post(Service.RECURRENCE, SERIES, form.body())).map(answer -> {
				if (answer.ok() && answer.object().get("series") instanceof Map<?, ?> series) {
					return "redirect:/series/" + ((Map<String, Object>) series).get("id");
				}
				exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
				return SeriesEditor.show(model, form, null, FieldErrors.of(answer));
			}));
	}

	@PostMapping("/series/{id}")
	Mono<String> save(@PathVariable String id, ServerWebExchange exchange, Model model) {
		if (!Uuids.valid(id)) {
			return Mono.just(SeriesPages.missing(exchange, model));
		}
		return exchange.getFormData()
			.map(SeriesForm::read)
			.flatMap(form -> api.send(exchange, ApiCall.patch(Service.RECURRENCE, SERIES + "/" + id, form.body()))
				.flatMap(answer -> {
					if (answer.ok()) {
						return Mono.just("redirect:/series/" + id);
					}
					if (answer.status() == 404) {
						return Mono.just(SeriesPages.missing(exchange, model));
					}
					exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
					return pages.editor(id, exchange, model, form, FieldErrors.of(answer));
				}));
	}

	/** Passes over the open occurrence: the series makes the next one. */
	@PostMapping("/series/{id}/skip")
	Mono<String> skip(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return act(id, exchange, model, ApiCall.post(Service.RECURRENCE, SERIES + "/" + id + "/skip", null));
	}

	/** Ends the series; its open task goes too if the user ticked that. */
	@PostMapping("/series/{id}/stop")
	Mono<String> stop(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return exchange.getFormData()
			.flatMap(form -> act(id, exchange, model, ApiCall.delete(Service.RECURRENCE,
					SERIES + "/" + id + "?deleteOpenInstance=" + "true".equals(form.getFirst("deleteOpenInstance")))));
	}

	private Mono<String> act(String id, ServerWebExchange exchange, Model model, ApiCall call) {
		if (!Uuids.valid(id)) {
			return Mono.just(SeriesPages.missing(exchange, model));
		}
		return api.send(exchange, call).flatMap(answer -> {
			if (answer.ok()) {
				return Mono.just("redirect:/series/" + id);
			}
			if (answer.status() == 404) {
				return Mono.just(SeriesPages.missing(exchange, model));
			}
			// A series stopped meanwhile (409): its page says so.
			exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
			return pages.editor(id, exchange, model, null, FieldErrors.of(answer));
		});
	}

}
