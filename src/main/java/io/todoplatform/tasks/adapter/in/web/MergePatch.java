package io.todoplatform.tasks.adapter.in.web;

import io.todoplatform.tasks.domain.InvalidTaskException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON merge patch of a task's editable fields. The merged document is read back with the same strict rules
 * as a request body, so an unknown or read-only field in a patch is rejected like any unknown field.
 */
@Component
class MergePatch {

	private final JsonMapper json;

	MergePatch(JsonMapper json) {
		this.json = json;
	}

	TaskRequest apply(TaskRequest current, JsonNode patch) {
		if (!patch.isObject()) {
			throw new InvalidTaskException("body", "a merge patch of a task must be a JSON object");
		}
		JsonNode merged = merge(json.valueToTree(current), patch);
		return json.treeToValue(merged, TaskRequest.class);
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
}
