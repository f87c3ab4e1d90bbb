package io.todoplatform.web.series;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The editor's live preview: the next dates of the rule as it stands in the form, from
 * the API's preview, or the API's messages next to the rule's fields (422). A new series'
 * dates start at its start; an existing one's after now.
 */
@Controller
class SeriesPreview {

	static final int DATES = 5;

	private final Api api;

	SeriesPreview(Api api) {
		this.api = api;
	}

	@PostMapping("/series/preview")
	Mono<String> preview(ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap(fields -> {
			var form = SeriesForm.read(fields);
			var request = form.schedule();
			request.put("limit", DATES);
			var existing = fields.getFirst("seriesId");
			if (existing != null && !existing.isBlank()) {
				request.put("after", Instant.now().toString());
			}
			return api.send(exchange, ApiCall.post(Service.RECURRENCE, "/api/v1/recurrence/preview", request))
				.map(answer -> {
					model.addAttribute("oob", true);
					model.addAttribute("errors", answer.ok() ? Map.of() : FieldErrors.of(answer));
					model.addAttribute("dates",
							answer.ok() ? dates(answer.object().get("occurrences"), form) : List.of());
					if (!answer.ok()) {
						exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
					}
					return "web/series-edit :: preview";
				});
		});
	}

	/**
	 * In the series' zone; with none typed the API used the user's, which the dates'
	 * offsets still show.
	 */
	private static List<Moment> dates(Object occurrences, SeriesForm form) {
		return SeriesView.strings(occurrences).stream().map(iso -> Moment.of(iso, zone(form, iso))).toList();
	}

	private static ZoneId zone(SeriesForm form, String iso) {
		try {
			return ZoneId.of(form.timeZone().strip());
		}
		catch (DateTimeException noZone) {
			return iso.contains("T") ? ZoneOffset.of(iso.substring(19)) : ZoneOffset.UTC;
		}
	}

}
