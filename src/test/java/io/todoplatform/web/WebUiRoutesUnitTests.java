package io.todoplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart's Ingress routes every path of the web UI to the tasks app-id, where it
 * runs: its pages and assets as {@link WebUi} declares them (the start page exactly, the
 * rest by prefix), and no UI path that it does not declare.
 */
class WebUiRoutesUnitTests {

	private static final Path VALUES = Path.of("deploy/helm/todo-platform/values.yaml");

	@Test
	void theChartRoutesEveryPathOfTheWebUiToTheTasksAppId() throws IOException {
		var pages = new WebUi().webPages();
		var declared = new TreeSet<String>();
		Stream.concat(pages.pages().stream(), pages.assets().stream())
			.map(path -> path.replaceFirst("/\\*\\*$", ""))
			.map(path -> path.isEmpty() ? "/" : path)
			.forEach(declared::add);

		var tasks = tasks();
		var routed = new TreeSet<String>(tasks.get("ingressExactPaths"));
		tasks.get("ingressPaths").stream().filter(path -> !isApi(path)).forEach(routed::add);

		assertThat(routed).isEqualTo(declared);
		assertThat(tasks.get("ingressExactPaths")).containsExactly("/");
	}

	/** The API's and the assistant's paths, which are not the UI's. */
	private static boolean isApi(String path) {
		return path.startsWith("/api/") || path.equals("/mcp") || path.startsWith("/.well-known/");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> tasks() throws IOException {
		Map<String, Object> values = new Yaml().load(Files.readString(VALUES));
		var apps = (Map<String, Object>) values.get("apps");
		return (Map<String, List<String>>) apps.get("tasks");
	}

}
