package io.todoplatform.deployment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pods as a kubelet-less cluster would never make them: Pod Security admission judges
 * Pods, not Deployments or Jobs, so each pod template is sent as a Pod of its own
 * (server-side dry run).
 */
final class Pods {

	/**
	 * A pod with no security context at all: may run as root and escalate, which the
	 * restricted standard refuses.
	 */
	static final String UNHARDENED = """
			{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "unhardened"},
			 "spec": {"containers": [{"name": "c", "image": "example/c"}]}}
			""";

	private Pods() {
	}

	/**
	 * A Pod from a Deployment's or Job's template, or the Pod itself (helm test pods).
	 */
	static JsonNode of(JsonNode object) {
		var kind = object.path("kind").asString();
		if (kind.equals("Pod")) {
			return object;
		}
		var template = object.at("/spec/template");
		var pod = JsonNodeFactory.instance.objectNode();
		pod.put("apiVersion", "v1");
		pod.put("kind", "Pod");
		var metadata = ((ObjectNode) template.path("metadata").deepCopy());
		metadata.put("name", object.at("/metadata/name").asString() + "-" + kind.toLowerCase());
		pod.set("metadata", metadata);
		pod.set("spec", template.path("spec").deepCopy());
		return pod;
	}

}
