package io.todoplatform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.client.ApiAnswer;

/**
 * The API's validation messages by field ({@code invalid-params} of its 400 problem), to
 * show next to the form's fields; the problem's detail under {@code ""} when it names no
 * field.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static Map<String, String> of(ApiAnswer refusal) {
		var errors = new LinkedHashMap<String, String>();
		if (refusal.object().get("invalid-params") instanceof List<?> params) {
			for (var param : params) {
				if (param instanceof Map<?, ?> map && map.get("name") instanceof String name
						&& map.get("reason") instanceof String reason) {
					errors.merge(name, reason, (first, more) -> first + "; " + more);
				}
			}
		}
		if (errors.isEmpty()) {
			errors.put("", String.valueOf(refusal.object().getOrDefault("detail", "The request was refused")));
		}
		return errors;
	}

}
