package io.todoplatform.assistant.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A tool call's arguments, read strictly: an unknown argument, a missing one or one of
 * the wrong JSON type is refused with a message naming it, as the API refuses a bad body.
 * Values the API checks (titles, dates, rules) are passed on for the API to check.
 */
final class Arguments {

	private static final Pattern UUID = Pattern.compile(Schema.UUID);

	private final Map<String, Object> values;

	private Arguments(Map<String, Object> values) {
		this.values = values;
	}

	/**
	 * @throws InvalidArgumentsException naming the arguments the tool does not know
	 */
	@SuppressWarnings("unchecked")
	static Arguments of(Map<String, Object> values, Map<String, Object> schema) {
		var known = ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet();
		var unknown = values.keySet().stream().filter(name -> !known.contains(name)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new InvalidArgumentsException("Unknown argument" + (unknown.size() > 1 ? "s " : " ")
					+ String.join(", ", unknown) + ": this tool takes " + String.join(", ", sorted(known)));
		}
		var required = (List<String>) schema.getOrDefault("required", List.of());
		var missing = required.stream().filter(name -> values.get(name) == null).toList();
		if (!missing.isEmpty()) {
			throw new InvalidArgumentsException(
					"Missing argument" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
		}
		return new Arguments(values);
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().toList();
	}

	String text(String name) {
		var value = optionalText(name);
		if (value == null) {
			throw new InvalidArgumentsException(name + " is required");
		}
		return value;
	}

	@Nullable String optionalText(String name) {
		var value = values.get(name);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new InvalidArgumentsException(name + " must be a string");
	}

	/**
	 * A task's, series' or reminder's id: a UUID, checked here so that it never reaches a
	 * path unchecked.
	 */
	String id(String name) {
		return id(name, text(name));
	}

	/**
	 * @param name what the value is, for the message (an argument, or an item of one)
	 */
	static String id(String name, @Nullable Object value) {
		if (!(value instanceof String text) || !UUID.matcher(text).matches()) {
			throw new InvalidArgumentsException(
					name + " must be an id as the tools give it (a UUID), not '" + value + "'");
		}
		return text;
	}

	@Nullable Integer optionalInteger(String name, int minimum, int maximum) {
		var value = values.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Integer || value instanceof Long)) {
			throw new InvalidArgumentsException(name + " must be a whole number");
		}
		var number = ((Number) value).longValue();
		if (number < minimum || number > maximum) {
			throw new InvalidArgumentsException(name + " must be from " + minimum + " to " + maximum);
		}
		return (int) number;
	}

	boolean flag(String name) {
		var value = values.get(name);
		if (value == null || value instanceof Boolean) {
			return Boolean.TRUE.equals(value);
		}
		throw new InvalidArgumentsException(name + " must be true or false");
	}

	List<?> list(String name) {
		var value = values.get(name);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw new InvalidArgumentsException(name + " must be an array");
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> object(String name) {
		if (values.get(name) instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new InvalidArgumentsException(name + " must be an object");
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	/**
	 * The given arguments that were sent, under the same names, as an API body; the API
	 * checks them.
	 */
	Map<String, Object> fields(String... names) {
		var body = new LinkedHashMap<String, Object>();
		for (var name : names) {
			if (values.containsKey(name)) {
				body.put(name, values.get(name));
			}
		}
		return body;
	}

}
