package io.todoplatform.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A Chaos Mesh selector as a Kubernetes label selector, so that the API server itself
 * says which pods it matches ({@code kubectl get pods -l}). Chaos Mesh evaluates
 * {@code labelSelectors} and {@code expressionSelectors} as a
 * {@code metav1.LabelSelector}'s {@code matchLabels} and {@code matchExpressions}; a
 * selector with any other field (pods, nodes, field or annotation selectors) is refused
 * here, since this check would not evaluate it.
 */
record ChaosSelector(List<String> namespaces, String labels) {

	private static final Set<String> UNDERSTOOD = Set.of("namespaces", "labelSelectors", "expressionSelectors");

	static ChaosSelector of(JsonNode selector) {
		for (var field : selector.propertyNames()) {
			if (!UNDERSTOOD.contains(field)) {
				throw new AssertionError("a selector field this check does not evaluate: " + field + " in " + selector);
			}
		}
		var namespaces = new ArrayList<String>();
		selector.path("namespaces").forEach(namespace -> namespaces.add(namespace.asString()));
		var requirements = new ArrayList<String>();
		for (var label : selector.path("labelSelectors").properties()) {
			requirements.add(label.getKey() + "=" + label.getValue().asString());
		}
		for (var expression : selector.path("expressionSelectors")) {
			requirements.add(requirement(expression));
		}
		return new ChaosSelector(namespaces, String.join(",", requirements));
	}

	private static String requirement(JsonNode expression) {
		var key = expression.path("key").asString();
		var values = new ArrayList<String>();
		expression.path("values").forEach(value -> values.add(value.asString()));
		return switch (expression.path("operator").asString()) {
			case "In" -> key + " in (" + String.join(",", values) + ")";
			case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
			case "Exists" -> key;
			case "DoesNotExist" -> "!" + key;
			default -> throw new AssertionError("unknown operator in " + expression);
		};
	}

}
