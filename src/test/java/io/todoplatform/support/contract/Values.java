package io.todoplatform.support.contract;

import java.math.BigInteger;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Text from a path, a query or a form as the JSON value its schema means: "5" is the
 * integer 5 where an integer is documented, "true" a boolean; anything else stays text,
 * which then breaks the schema.
 */
final class Values {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Values() {
	}

	static String type(JsonNode schema) {
		var type = schema.path("type");
		return type.isArray() ? type.get(0).asString() : type.asString("");
	}

	static JsonNode of(String text, JsonNode schema) {
		var type = type(schema);
		if (type.equals("integer") && text.matches("-?[0-9]+")) {
			return NODES.numberNode(new BigInteger(text));
		}
		if (type.equals("boolean") && (text.equals("true") || text.equals("false"))) {
			return NODES.booleanNode(Boolean.parseBoolean(text));
		}
		return NODES.stringNode(text);
	}

	static JsonNode array(List<String> texts, JsonNode items) {
		var array = NODES.arrayNode();
		texts.forEach(text -> array.add(of(text, items)));
		return array;
	}

}
