package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.InvalidRecurrenceException.inRule;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of a rule as read from its text: each one known, given once, and with a value
 * of the right form.
 */
record RuleParts(Map<RulePart, String> values) {

	private static final String PREFIX = "RRULE:";

	RuleParts {
		var copy = new EnumMap<RulePart, String>(RulePart.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
	}

	/**
	 * Reads {@code FREQ=WEEKLY;BYDAY=MO}, with or without the {@code RRULE:} prefix;
	 * names and values in any case.
	 */
	static RuleParts read(String text) {
		var rule = text.strip().toUpperCase(Locale.ROOT);
		rule = rule.startsWith(PREFIX) ? rule.substring(PREFIX.length()) : rule;
		if (rule.isEmpty()) {
			throw inRule("The recurrence rule is empty: it needs at least a frequency, like FREQ=DAILY");
		}
		var values = new EnumMap<RulePart, String>(RulePart.class);
		for (var part : rule.split(";", -1)) {
			int equals = part.indexOf('=');
			if (part.isEmpty()) {
				throw inRule(
						"The recurrence rule has an empty part: two semicolons in a row, or one at the start or end");
			}
			if (equals < 0) {
				throw inRule("\"%s\" is not a rule part: parts are written NAME=VALUE and separated by semicolons"
					.formatted(part));
			}
			var name = part.substring(0, equals);
			var known = RulePart.named(name).orElseThrow(() -> unknown(name));
			if (values.containsKey(known)) {
				throw inRule(name + " is given more than once: each part may appear only once");
			}
			values.put(known, known.normalise(part.substring(equals + 1)));
		}
		return new RuleParts(values);
	}

	private static InvalidRecurrenceException unknown(String name) {
		if (name.equals("RSCALE") || name.equals("SKIP")) {
			return inRule(name + " is not supported: rules follow the Gregorian calendar of RFC 5545 only");
		}
		var known = Arrays.stream(RulePart.values()).map(RulePart::name).collect(Collectors.joining(", "));
		return inRule("Unknown part \"%s\": a rule may use %s".formatted(name, known));
	}

	boolean has(RulePart part) {
		return values.containsKey(part);
	}

	Optional<String> value(RulePart part) {
		return Optional.ofNullable(values.get(part));
	}

	RuleParts with(RulePart part, String value) {
		var more = new EnumMap<RulePart, String>(RulePart.class);
		more.putAll(values);
		more.put(part, value);
		return new RuleParts(more);
	}

	RuleParts without(RulePart part) {
		var rest = new EnumMap<RulePart, String>(RulePart.class);
		rest.putAll(values);
		rest.remove(part);
		return new RuleParts(rest);
	}

	/**
	 * The normal form: upper case, FREQ first, the other parts in the order of RFC 5545's
	 * grammar.
	 */
	String text() {
		return values.entrySet()
			.stream()
			.map(part -> part.getKey() + "=" + part.getValue())
			.collect(Collectors.joining(";"));
	}
}
