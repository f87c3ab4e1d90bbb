package io.todoplatform.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The API's answer: its status and its JSON body (maps, lists, strings, numbers,
 * booleans), null when it had none. A refusal's body is a problem (RFC 9457).
 */
public record ApiAnswer(int status, @Nullable Object body) {

	public boolean ok() {
		return status >= 200 && status < 300;
	}

	/** The body as a JSON object; empty when it is none. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> object() {
		return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
