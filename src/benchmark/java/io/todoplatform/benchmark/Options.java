package io.todoplatform.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} command-line options. Unknown names are refused so that a typo
 * cannot silently run the default benchmark.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	Options(String[] args, int from) {
		for (var i = from; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 == args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
			}
			values.put(args[i].substring(2), args[i + 1]);
		}
	}

	String string(String name) {
		var value = values.remove(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	int integer(String name, int fallback) {
		var value = values.remove(name);
		return value == null ? fallback : Integer.parseInt(value);
	}

	Duration seconds(String name, int fallback) {
		return Duration.ofSeconds(integer(name, fallback));
	}

	/** Call once every option has been read. */
	void refuseUnknown() {
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("unknown options: " + values.keySet());
		}
	}

}
