package io.todoplatform.mergepatch;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an RFC 7396 merge patch to a resource's editable fields. The merged document is
 * read back with the same strict rules as a request body, so an unknown or read-only
 * field in a patch is rejected like any unknown field (a
 * {@link tools.jackson.core.JacksonException} that the problem handler answers with 400).
 */
@Component
public class JsonMergePatch {

	private final JsonMapper json;

	JsonMergePatch(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @throws NotAnObjectException if the patch is not a JSON object
	 */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw new NotAnObjectException();
		}
		var merged = (ObjectNode) merge(json.valueToTree(current), patch);
		// A null removes a field, and removing one the resource lacks changes nothing: it
		// is read back as an explicit null, so that an unknown field is refused with a
		// null as with any other value.
		patch.properties()
			.stream()
			.filter(field -> field.getValue().isNull() && !merged.has(field.getKey()))
			.forEach(field -> merged.putNull(field.getKey()));
		return json.treeToValue(merged, type);
	}

	/**
	 * Reads a merge patch of a record document whose fields are not objects (so that each
	 * patch field replaces the whole field) without the document: the values it sets,
	 * read with the same strict rules and in the same order as {@link #apply} reads a
	 * merged document (the record's fields, then any unknown ones), so that a patch is
	 * refused as it would be there; and the fields it names, set or removed. The caller
	 * merges the values into the current document later, where it has it.
	 * @throws NotAnObjectException if the patch is not a JSON object
	 */
	public <T extends Record> Patch<T> read(JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw new NotAnObjectException();
		}
		var fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		var values = json.createObjectNode();
		fields.stream()
			.filter(field -> patch.has(field) && !patch.get(field).isNull())
			.forEach(field -> values.set(field, merge(json.missingNode(), patch.get(field))));
		patch.properties()
			.stream()
			.filter(field -> !fields.contains(field.getKey()))
			.forEach(field -> values.set(field.getKey(),
					field.getValue().isNull() ? field.getValue() : merge(json.missingNode(), field.getValue())));
		return new Patch<>(json.treeToValue(values, type), Set.copyOf(patch.propertyNames()));
	}

	/**
	 * What a merge patch says of a record document.
	 *
	 * @param values the values it sets; null where it removes a field or does not name it
	 * @param named the fields it sets or removes
	 */
	public record Patch<T>(T values, Set<String> named) {

		public Patch {
			named = Set.copyOf(named);
		}

		public boolean names(String field) {
			return named.contains(field);
		}
	}

	private JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		var result = target.isObject() ? ((ObjectNode) target).deepCopy() : json.createObjectNode();
		for (var field : patch.properties()) {
			if (field.getValue().isNull()) {
				result.remove(field.getKey());
			}
			else {
				result.set(field.getKey(), merge(result.path(field.getKey()), field.getValue()));
			}
		}
		return result;
	}

	/** A merge patch of a resource must be a JSON object. */
	public static class NotAnObjectException extends IllegalArgumentException {

		NotAnObjectException() {
			super("A merge patch of this resource must be a JSON object");
		}

	}

}
