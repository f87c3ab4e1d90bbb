package io.todoplatform.problems;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in plain words which field of a JSON body is wrong, without echoing parser
 * internals or text that cannot be shown back (see {@link UnsafeText}).
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static InvalidParam describe(JacksonException e) {
		var path = path(e);
		var field = path.isEmpty() ? "body" : path;
		return switch (e) {
			case UnsafeTextException unsafe -> new InvalidParam(field, UnsafeText.REASON);
			case UnrecognizedPropertyException unknown -> new InvalidParam(field, "is not a known field");
			case MismatchedInputException wrong when wrong.getTargetType() != null && wrong.getTargetType().isEnum() ->
				new InvalidParam(field, "must be one of " + constants(wrong.getTargetType()));
			case InvalidFormatException format ->
				new InvalidParam(field, "'" + UnsafeText.shown(String.valueOf(format.getValue())) + "' is not a valid "
						+ typeName(format.getTargetType()));
			case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
				new InvalidParam(field, "must be " + article(typeName(mismatch.getTargetType())));
			case StreamReadException syntax -> new InvalidParam(field, "is not well-formed JSON");
			default -> new InvalidParam(field, "cannot be read");
		};
	}

	private static String path(JacksonException e) {
		var path = new StringBuilder();
		for (var reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return UnsafeText.shown(path.toString());
	}

	private static String constants(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

	private static String typeName(Class<?> type) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "array";
		}
		return switch (type.getSimpleName()) {
			case "Instant", "OffsetDateTime" -> "date-time with offset (RFC 3339, e.g. 2026-12-01T09:00:00Z)";
			case "LocalDate" -> "date (e.g. 2026-12-01)";
			case "LocalTime" -> "time of day (e.g. 18:00 or 18:00:30)";
			case "Duration" -> "ISO 8601 duration (e.g. PT15M, PT2H, P1D)";
			case "String" -> "string";
			case "Integer", "int", "Long", "long" -> "integer";
			case "Boolean", "boolean" -> "boolean";
			default -> type.isRecord() || type == Object.class ? "object" : type.getSimpleName();
		};
	}

	private static String article(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

}
