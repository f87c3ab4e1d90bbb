package io.todoplatform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart's observability as code, {@code deploy/helm/todo-platform/monitoring}: the
 * alert rules ({@code alerts.yaml}), their promtool tests ({@code tests/}) and the
 * Grafana dashboards ({@code dashboards/*.json}), read as the tests need them.
 */
final class Monitoring {

	static final Path DIR = Chart.DIR.resolve("monitoring");

	static final Path ALERTS = DIR.resolve("alerts.yaml");

	static final Path TESTS = DIR.resolve("tests");

	static final Path DASHBOARDS = DIR.resolve("dashboards");

	static final Path PROJECT = Chart.DIR.getParent().getParent().getParent();

	/**
	 * What Grafana puts in place of its variables, as it would for the test's scrape (1
	 * s) and a run of a few minutes.
	 */
	private static final Map<String, String> GRAFANA_VARIABLES = Map.of("namespace", "todo", "__rate_interval", "1m",
			"__interval", "5s", "__range", "15m");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");

	/** {@code label_values(<selector>, <label>)}: a dashboard variable's query. */
	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*(\\w+)\\)");

	private static final JsonMapper json = JsonMapper.builder().build();

	record Alert(String group, String name, String expr, String runbookUrl) {
	}

	/** A query of a dashboard, where it is (dashboard, panel, target) and its PromQL. */
	record Query(String where, String expr) {

		/** The PromQL with Grafana's variables replaced by concrete values. */
		String concrete() {
			var matcher = VARIABLE.matcher(expr);
			var concrete = new StringBuilder();
			while (matcher.find()) {
				var value = GRAFANA_VARIABLES.get(matcher.group(1));
				if (value == null) {
					throw new AssertionError(
							where + " uses $" + matcher.group(1) + ", which the test cannot stand in for");
				}
				matcher.appendReplacement(concrete, value);
			}
			return matcher.appendTail(concrete).toString();
		}

		@Override
		public String toString() {
			return where + ": " + concrete();
		}
	}

	private Monitoring() {
	}

	static List<Alert> alerts() {
		var alerts = new ArrayList<Alert>();
		for (var group : list(yaml(ALERTS).get("groups"))) {
			for (var rule : list(group.get("rules"))) {
				var annotations = (Map<?, ?>) rule.get("annotations");
				alerts.add(new Alert((String) group.get("name"), (String) rule.get("alert"),
						((String) rule.get("expr")).strip(), (String) annotations.get("runbook_url")));
			}
		}
		return alerts;
	}

	static List<Path> ruleTests() {
		return files(TESTS, ".yaml");
	}

	static List<Path> dashboards() {
		return files(DASHBOARDS, ".json");
	}

	/**
	 * Every panel target of every dashboard, and each query variable's
	 * {@code label_values} selector.
	 */
	static List<Query> dashboardQueries() {
		var queries = new ArrayList<Query>();
		for (var file : dashboards()) {
			var dashboard = dashboard(file);
			var name = dashboard.path("title").asString();
			for (var variable : dashboard.path("templating").path("list")) {
				var definition = variable.path("definition").asString("");
				var labelValues = LABEL_VALUES.matcher(definition);
				if (labelValues.matches()) {
					queries.add(new Query(name + " / $" + variable.path("name").asString(), labelValues.group(1)));
				}
			}
			for (var panel : dashboard.path("panels")) {
				for (var target : panel.path("targets")) {
					queries.add(new Query(
							name + " / " + panel.path("title").asString() + " / " + target.path("refId").asString(),
							target.path("expr").asString()));
				}
			}
		}
		return queries;
	}

	static JsonNode dashboard(Path file) {
		try {
			return json.readTree(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Map<String, Object> yaml(Path file) {
		try {
			return new Yaml(new LoaderOptions()).load(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
