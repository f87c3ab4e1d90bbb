package io.todoplatform.benchmark;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough JSON for the benchmark: it writes flat objects of strings and reads single
 * top-level fields, so it needs no library on the class path.
 */
final class Json {

	private Json() {
	}

	static String field(String name, String value) {
		return quote(name) + ":" + quote(value);
	}

	static String array(String name, List<String> values) {
		return quote(name) + ":" + values.stream().map(Json::quote).collect(Collectors.joining(",", "[", "]"));
	}

	static String object(String name, String value) {
		return "{" + field(name, value) + "}";
	}

	/**
	 * The first string field of that name; the API's ids and tokens contain no escaped
	 * characters.
	 */
	static String string(String json, String name) {
		var matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no string field '" + name + "' in " + abbreviate(json));
		}
		return matcher.group(1);
	}

	static long number(String json, String name) {
		var matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no number field '" + name + "' in " + abbreviate(json));
		}
		return Long.parseLong(matcher.group(1));
	}

	static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "...";
	}

	private static String quote(String value) {
		var quoted = new StringBuilder(value.length() + 2).append('"');
		for (var c : value.toCharArray()) {
			switch (c) {
				case '"', '\\' -> quoted.append('\\').append(c);
				case '\n' -> quoted.append("\\n");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
