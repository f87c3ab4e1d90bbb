package io.todoplatform.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart {@code deploy/helm/todo-platform} with one of the value combinations
 * operators install it with, rendered and installed through a {@link KubeApiServer}, and
 * the objects that came out of it.
 */
record Chart(KubeApiServer server, String name, List<String> valuesFiles) {

	static final Path DIR = Path.of(System.getProperty("todo.e2e.project-dir", ""))
		.toAbsolutePath()
		.resolve("deploy/helm/todo-platform");
	static final String KUBERNETES_VERSION = "1.37.2";

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * values.yaml alone (production defaults), and each environment as docs/deployment.md
	 * installs it.
	 */
	static final Map<String, List<String>> VARIANTS = variantFiles();

	static List<Chart> variants(KubeApiServer server) {
		return VARIANTS.entrySet().stream().map(v -> new Chart(server, v.getKey(), v.getValue())).toList();
	}

	private static Map<String, List<String>> variantFiles() {
		var variants = new LinkedHashMap<String, List<String>>();
		variants.put("defaults", List.of());
		variants.put("minikube", List.of("values-minikube.yaml"));
		variants.put("aks", List.of("values-aks.yaml"));
		variants.put("staging", List.of("values-aks.yaml", "values-staging.yaml"));
		variants.put("prod", List.of("values-aks.yaml", "values-prod.yaml"));
		return variants;
	}

	static List<String> valuesArguments(List<String> files) {
		var arguments = new ArrayList<String>();
		files.forEach(file -> arguments.addAll(List.of("--values", DIR.resolve(file).toString())));
		return arguments;
	}

	/**
	 * Each variant is installed into a namespace of its own, with the same release name.
	 */
	String namespace() {
		return "todo-" + name;
	}

	String release() {
		return "todo-platform";
	}

	List<String> valuesArguments() {
		return valuesArguments(valuesFiles);
	}

	/** helm template with hooks and tests included, as a list of objects. */
	List<JsonNode> render(String... settings) {
		var output = server
			.helm("template", release(), DIR.toString(), "--namespace", namespace(), "--kube-version",
					KUBERNETES_VERSION)
			.with(valuesArguments())
			.with(settings)
			.succeed();
		return objects(output);
	}

	/**
	 * Creates the chart's namespace, enforcing the restricted Pod Security Standard, and
	 * installs the chart into it.
	 */
	Command.Result installIntoRestrictedNamespace() {
		server.kubectl("create", "namespace", namespace()).succeed();
		server.kubectl("label", "namespace", namespace(), "pod-security.kubernetes.io/enforce=restricted").succeed();
		return install();
	}

	Command.Result install() {
		return server.helm("install", release(), DIR.toString(), "--namespace", namespace(), "--no-hooks")
			.with(valuesArguments())
			.run();
	}

	/**
	 * The installed objects of one kind (kubectl's resource name, e.g.
	 * {@code deployments}, {@code components.dapr.io}).
	 */
	List<JsonNode> installed(String resource) {
		var list = json.readTree(server.kubectl("get", resource, "--namespace", namespace(), "-o", "json").succeed());
		var items = new ArrayList<JsonNode>();
		list.get("items").forEach(items::add);
		return items;
	}

	static List<JsonNode> objects(String yaml) {
		var objects = new ArrayList<JsonNode>();
		for (var document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
			if (document instanceof Map<?, ?> map && !map.isEmpty()) {
				objects.add(json.valueToTree(map));
			}
		}
		return objects;
	}

	static String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	@Override
	public String toString() {
		return name + (valuesFiles.isEmpty() ? " (values.yaml)" : " " + valuesFiles);
	}
}
