package io.todoplatform.web.settings;

import java.util.Map;

import io.todoplatform.client.ApiCall;
import io.todoplatform.client.ApiCall.Service;
import io.todoplatform.web.Api;
import io.todoplatform.web.FieldErrors;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The notification settings at {@code /settings}: read from and saved to the
 * notifications API, which replaces them as a whole and checks every address.
 */
@Controller
class SettingsPages {

	private static final String SETTINGS = "/api/v1/me/notification-settings";

	private final Api api;

	SettingsPages(Api api) {
		this.api = api;
	}

	@GetMapping("/settings")
	Mono<String> show(@RequestParam(defaultValue = "false") boolean saved, ServerWebExchange exchange, Model model) {
		model.addAttribute("saved", saved);
		return api.send(exchange, ApiCall.get(Service.NOTIFICATIONS, SETTINGS))
			.map(answer -> page(SettingsForm.of(answer.object()), Map.of(), model));
	}

	@PostMapping("/settings")
	Mono<String> save(ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap(data -> {
			var form = SettingsForm.read(data);
			var put = form.put();
			var call = new ApiCall(Service.NOTIFICATIONS, HttpMethod.PUT, SETTINGS, put.body(), "application/json");
			return api.send(exchange, call).map(answer -> {
				if (answer.ok()) {
					return "redirect:/settings?saved=true";
				}
				exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
				model.addAttribute("saved", false);
				return page(form, put.placed(FieldErrors.of(answer)), model);
			});
		});
	}

	private static String page(SettingsForm form, Map<String, String> errors, Model model) {
		model.addAttribute("section", "settings");
		model.addAttribute("settings", form);
		model.addAttribute("errors", errors);
		model.addAttribute("unplaced", SettingsForm.unplaced(errors));
		return "web/settings";
	}

}
