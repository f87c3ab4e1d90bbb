package io.todoplatform.assistant.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A path with query parameters, every value encoded as a form value ({@code +} in an
 * offset becomes {@code %2B}, which Spring's URI builders leave as a space in waiting).
 */
final class Query {

	private final StringBuilder uri;

	private char separator = '?';

	Query(String path) {
		this.uri = new StringBuilder(path);
	}

	Query add(String name, Object value) {
		uri.append(separator)
			.append(name)
			.append('=')
			.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		separator = '&';
		return this;
	}

	@Override
	public String toString() {
		return uri.toString();
	}

}
