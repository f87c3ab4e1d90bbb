package io.todoplatform.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chaos experiments of {@code deploy/chaos} for one installed platform {@link Chart}:
 * rendered with the platform's own values files into its namespace, every experiment and
 * the Workflow, as an operator would install them against that release.
 */
record ChaosExperiments(Chart platform) {

	static final Path DIR = Chart.DIR.resolve("../../chaos").normalize();

	/** Each experiment and the app-ids whose pods it must hit. */
	static final Map<String, Set<String>> TARGETS = targets();

	static final List<String> KINDS = List.of("podchaos.chaos-mesh.org", "networkchaos.chaos-mesh.org",
			"workflows.chaos-mesh.org");

	private static Map<String, Set<String>> targets() {
		var targets = new LinkedHashMap<String, Set<String>>();
		for (var appId : List.of("tasks", "recurrence", "notifications")) {
			targets.put("pod-kill-" + appId, Set.of(appId));
			targets.put("sidecar-kill-" + appId, Set.of(appId));
		}
		targets.put("postgresql-delay", Set.of("tasks", "recurrence", "notifications"));
		targets.put("kafka-unavailable", Set.of("tasks", "recurrence", "notifications"));
		return targets;
	}

	String release() {
		return "todo-chaos";
	}

	/** Every experiment and the Workflow, as YAML. */
	String renderAll() {
		return platform.server()
			.helm("template", release(), DIR.toString(), "--namespace", platform.namespace(), "--kube-version",
					Chart.KUBERNETES_VERSION)
			.with(platform.valuesArguments())
			.with("--set", "run={" + String.join(",", TARGETS.keySet()) + "}", "--set", "workflow.enabled=true")
			.succeed();
	}

	/** The experiments and the Workflow as the API server stored them. */
	List<JsonNode> installed() {
		var objects = new ArrayList<JsonNode>();
		for (var kind : KINDS) {
			objects.addAll(platform.installed(kind));
		}
		return objects;
	}

	/**
	 * Each experiment's spec by experiment name: from the single experiments, and from
	 * the Workflow's steps (prefixed "workflow/"), whose embedded specs are what runs in
	 * staging.
	 */
	static Map<String, JsonNode> specs(List<JsonNode> installed) {
		var specs = new LinkedHashMap<String, JsonNode>();
		for (var object : installed) {
			var kind = object.path("kind").asString();
			if (kind.equals("Workflow")) {
				for (var step : object.at("/spec/templates")) {
					var type = step.path("templateType").asString();
					if (type.endsWith("Chaos")) {
						var field = Character.toLowerCase(type.charAt(0)) + type.substring(1);
						specs.put("workflow/" + step.path("name").asString(), step.path(field));
					}
				}
			}
			else {
				specs.put(experiment(object), object.path("spec"));
			}
		}
		return specs;
	}

	/** The experiment an object runs, from the label the chart gives it. */
	static String experiment(JsonNode object) {
		return object.at("/metadata/labels/chaos.todoplatform.io~1experiment").asString();
	}

	/** A spec without its duration: a Workflow step has a deadline instead. */
	static JsonNode withoutDuration(JsonNode spec) {
		var copy = (ObjectNode) spec.deepCopy();
		copy.remove("duration");
		return copy;
	}

}
