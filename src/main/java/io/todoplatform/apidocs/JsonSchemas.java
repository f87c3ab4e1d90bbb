package io.todoplatform.apidocs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Builds the OpenAPI 3.1 (JSON Schema 2020-12) schemas that annotations cannot express:
 * forms of one value, nullable references, documents assembled from other schemas.
 */
public final class JsonSchemas {

	/**
	 * The characters {@link String#strip()} removes, as a regex class body: JSON Schema's
	 * {@code \s} is not Java's {@link Character#isWhitespace(int)}, so text that the
	 * server trims is described with this class.
	 */
	public static final String TRIMMED = "\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A"
			+ "\\u2028\\u2029\\u205F\\u3000";

	private static final String HOURS = "[-+]?[0-9]+[Hh]";

	private static final String MINUTES = "[-+]?[0-9]+[Mm]";

	private static final String SECONDS = "[-+]?[0-9]+(?:[.,][0-9]{0,9})?[Ss]";

	private static final String TIME = "[Tt](?:" + HOURS + "(?:" + MINUTES + ")?(?:" + SECONDS + ")?|" + MINUTES + "(?:"
			+ SECONDS + ")?|" + SECONDS + ")";

	/**
	 * What {@link java.time.Duration#parse(CharSequence)} reads: signed days, hours,
	 * minutes and seconds, at least one of them, in that order. Written without
	 * lookaheads, which not every generator of matching text understands.
	 */
	public static final String DURATION = "^[-+]?[Pp](?:[-+]?[0-9]+[Dd](?:" + TIME + ")?|" + TIME + ")$";

	/**
	 * The end of a date-time that java.time reads: {@code Z} or an offset of at most 18
	 * hours (RFC 3339 allows 23:59). A pattern beside {@code format: date-time}, which
	 * says the rest.
	 */
	public static final String INSTANT_OFFSET = "(?:[Zz]|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))$";

	private JsonSchemas() {
	}

	public static Schema<Object> ofType(String... types) {
		return new JsonSchema().types(new LinkedHashSet<>(Arrays.asList(types)));
	}

	public static Schema<Object> string() {
		return ofType("string");
	}

	public static Schema<Object> string(String format) {
		return string().format(format);
	}

	/** An instant: RFC 3339 with an offset java.time can read. */
	public static Schema<Object> instant() {
		return string("date-time").pattern(INSTANT_OFFSET);
	}

	public static Schema<Object> integer(long minimum, long maximum) {
		return ofType("integer").minimum(java.math.BigDecimal.valueOf(minimum))
			.maximum(java.math.BigDecimal.valueOf(maximum));
	}

	public static Schema<Object> ref(String component) {
		return new JsonSchema().$ref("#/components/schemas/" + component);
	}

	public static Schema<Object> arrayOf(Schema<?> items) {
		return ofType("array").items(items);
	}

	/**
	 * Text of 1 to {@code max} characters once {@link String#strip()} has removed the
	 * white space around it.
	 */
	public static Schema<Object> trimmed(int max) {
		var edge = "[^" + TRIMMED + "]";
		return string().minLength(1)
			.pattern(
					"^[" + TRIMMED + "]*" + edge + "(?:[\\s\\S]{0," + (max - 2) + "}" + edge + ")?[" + TRIMMED + "]*$");
	}

	/**
	 * Only JSON {@code null}: a field of another form that may be sent, but only empty.
	 */
	public static Schema<Object> nothing() {
		return ofType("null");
	}

	/**
	 * The schema, or {@code null}: a type gains "null", a reference becomes one of the
	 * two.
	 */
	public static Schema<?> orNull(Schema<?> schema) {
		if (schema.get$ref() != null || schema.getOneOf() != null) {
			return new JsonSchema().oneOf(List.of(schema, nothing()));
		}
		var types = new LinkedHashSet<>(schema.getTypes() == null ? List.of() : schema.getTypes());
		types.add("null");
		schema.setTypes(types);
		if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
			schema.getEnum().add(null);
		}
		return schema;
	}

	/** Properties in their order, from alternating names and schemas. */
	public static LinkedHashMap<String, Schema<?>> properties(Object... namesAndSchemas) {
		var properties = new LinkedHashMap<String, Schema<?>>();
		for (var i = 0; i < namesAndSchemas.length; i += 2) {
			properties.put((String) namesAndSchemas[i], (Schema<?>) namesAndSchemas[i + 1]);
		}
		return properties;
	}

	/**
	 * An object of exactly these properties, the named ones required; no other property
	 * is allowed.
	 */
	public static Schema<Object> object(LinkedHashMap<String, Schema<?>> properties, String... required) {
		var object = ofType("object");
		object.setProperties(new LinkedHashMap<>(properties));
		object.setRequired(List.of(required));
		object.setAdditionalProperties(false);
		return object;
	}

}
