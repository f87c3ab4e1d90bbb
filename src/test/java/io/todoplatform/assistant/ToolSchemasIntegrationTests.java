package io.todoplatform.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.todoplatform.assistant.application.port.in.UseTools;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools and the API cannot drift apart (ADR 0037): every tool argument is either a
 * request-body property or a query parameter of the served API document under the same
 * name, with a compatible type and the same allowed values, or it is declared here as the
 * tools' own, with the reason. Every tool is checked, whichever tool set declares it, and
 * the items of an array of objects too (a batch's tasks are checked as tasks).
 */
@ApiTest
class ToolSchemasIntegrationTests {

	/**
	 * Arguments that are no API field, and why. Nothing else may be missing from the API.
	 */
	static final Map<String, String> TOOL_ONLY = Map.of( //
			"taskId", "a task's id goes into the path (/api/v1/tasks/{id})", //
			"taskIds", "a batch of task ids, each into a path", //
			"tasks", "a batch: its items are checked here as tasks", //
			"reminderId", "a reminder's id goes into the path", //
			"idempotencyKey", "kept by the assistant itself (ADR 0039), never sent to the API", //
			"query", "the words to search for: the API's q, named as the issue names the tool's argument", //
			"tag", "one of the task's tags, added or removed by reading and writing back its tags", //
			"reminder", "one of the task's reminders (an item of its reminders), added or removed the same way");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient web;

	@Autowired
	UseTools tools;

	/** Each API name, with where it is taken and its schema. */
	final Map<String, List<Field>> fields = new LinkedHashMap<>();

	JsonNode document;

	record Field(String where, JsonNode schema) {
	}

	@BeforeEach
	void readDocument() {
		document = JSON.readTree(new Api(web).document());
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			var name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
			for (var parameter : operation.getValue().path("parameters")) {
				var resolved = resolve(parameter);
				if (resolved.path("in").asString().equals("query")) {
					add(resolved.path("name").asString(), name + " query", resolved.path("schema"));
				}
			}
			for (var content : operation.getValue().path("requestBody").path("content")) {
				properties(resolve(content.path("schema")))
					.forEach((property, schema) -> add(property, name + " body", schema));
			}
		}));
	}

	private void add(String name, String where, JsonNode schema) {
		fields.computeIfAbsent(name, any -> new ArrayList<>()).add(new Field(where, resolve(schema)));
	}

	@Test
	void everyToolArgumentIsAnApiFieldOfTheSameNameAndTypeOrDeclaredToolOnly() {
		var problems = new ArrayList<String>();
		for (var tool : tools.tools()) {
			check(tool.name(), JSON.valueToTree(tool.input()), problems);
		}
		assertThat(problems).as("tool arguments that drifted from the API").isEmpty();
	}

	@Test
	void everyToolOnlyNameIsTakenBySomeTool() {
		var arguments = tools.tools()
			.stream()
			.flatMap(tool -> properties(JSON.valueToTree(tool.input())).keySet().stream())
			.collect(java.util.stream.Collectors.toSet());
		assertThat(arguments).as("arguments of every tool").containsAll(TOOL_ONLY.keySet());
	}

	@Test
	void aToolArgumentUnknownToTheApiFailsTheCheck() {
		var problems = new ArrayList<String>();
		check("made_up", JSON.readTree("""
				{"type": "object", "properties": {"title": {"type": "string"}, "colour": {"type": "string"},
				 "priority": {"type": "string", "enum": ["LOW", "HIGH"]}, "dueAt": {"type": "integer"}}}
				"""), problems);
		assertThat(problems).hasSize(3)
			.anySatisfy(problem -> assertThat(problem).contains("made_up.colour is no request-body property")
				.contains("TOOL_ONLY"))
			.anySatisfy(problem -> assertThat(problem).contains("made_up.priority").contains("[HIGH, LOW]"))
			.anySatisfy(problem -> assertThat(problem).contains("made_up.dueAt").contains("integer"));
	}

	private void check(String tool, JsonNode input, List<String> problems) {
		properties(input).forEach((name, schema) -> {
			var argument = tool + "." + name;
			if (TOOL_ONLY.containsKey(name)) {
				var items = schema.path("items");
				if (items.has("properties")) {
					check(argument + "[]", items, problems);
				}
				return;
			}
			var candidates = fields.getOrDefault(name, List.of());
			if (candidates.isEmpty()) {
				problems.add(argument + " is no request-body property or query parameter of the API: use the API's "
						+ "name, or declare it in TOOL_ONLY with the reason");
			}
			else if (candidates.stream().noneMatch(field -> compatible(schema, field.schema()))) {
				problems.add(argument + " is " + describe(schema) + ", which matches none of the API's fields "
						+ "of that name: "
						+ candidates.stream().map(field -> field.where() + " " + describe(field.schema())).toList());
			}
		});
	}

	/**
	 * Same JSON type; the same allowed values where either side lists them. A query
	 * parameter is text: one whose pattern takes true and false takes a boolean.
	 */
	private boolean compatible(JsonNode tool, JsonNode api) {
		if (type(tool).equals("boolean") && type(api).equals("string") && api.has("pattern")) {
			var pattern = java.util.regex.Pattern.compile(api.get("pattern").asString());
			return pattern.matcher("true").find() && pattern.matcher("false").find();
		}
		if (!type(tool).equals(type(api)) || !values(tool).equals(values(api))) {
			return false;
		}
		return !type(tool).equals("array") || compatible(tool.path("items"), resolve(api.path("items")));
	}

	private String describe(JsonNode schema) {
		var type = type(schema);
		var text = type.equals("array") ? "array of " + describe(resolve(schema.path("items"))) : type;
		return values(schema).isEmpty() ? text : text + " " + values(schema);
	}

	/**
	 * The JSON type, null aside ({@code ["string", "null"]} is a string); of a choice
	 * ({@code anyOf}, {@code oneOf}), the type all its branches share.
	 */
	private String type(JsonNode schema) {
		var type = schema.path("type");
		if (type.isArray()) {
			for (var each : type) {
				if (!each.asString().equals("null")) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		var branches = new TreeSet<String>();
		for (var choice : List.of("anyOf", "oneOf")) {
			schema.path(choice).forEach(branch -> branches.add(type(resolve(branch))));
		}
		branches.remove("null");
		return branches.size() == 1 ? branches.first() : "any";
	}

	private static TreeSet<String> values(JsonNode schema) {
		var values = new TreeSet<String>();
		schema.path("enum").forEach(value -> {
			if (!value.isNull()) {
				values.add(value.asString());
			}
		});
		return values;
	}

	private Map<String, JsonNode> properties(JsonNode schema) {
		var properties = new LinkedHashMap<String, JsonNode>();
		schema.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue()));
		for (var part : schema.path("allOf")) {
			properties.putAll(properties(resolve(part)));
		}
		return properties;
	}

	/** A schema, parameter or body behind its {@code $ref}, if it has one. */
	private JsonNode resolve(JsonNode node) {
		return node.has("$ref") ? resolve(document.at(node.get("$ref").asString().substring(1))) : node;
	}

}
