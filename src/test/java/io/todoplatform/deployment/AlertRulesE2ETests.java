package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The alert rules, {@code monitoring/alerts.yaml} of the chart, checked by promtool
 * (built from the Go module proxy, {@link PrometheusTools}): valid rules, unit tests
 * ({@code monitoring/tests}) that make each alert fire and not fire, a runbook for each,
 * and the chart's PrometheusRule made of exactly these rules. docs/adr/0034.
 */
class AlertRulesE2ETests {

	@Test
	void promtoolFindsTheRulesValid() {
		var output = Command
			.of(PrometheusTools.locate().promtool().toString(), "check", "rules", "--lint=all", "--lint-fatal",
					Monitoring.ALERTS.toString())
			.succeed();

		assertThat(output).contains("SUCCESS: " + Monitoring.alerts().size() + " rules found");
	}

	@Test
	void everyUnitTestOfTheRulesPasses() {
		var command = Command.of(PrometheusTools.locate().promtool().toString(), "test", "rules");
		var output = command.with(Monitoring.ruleTests().stream().map(Object::toString).toList()).succeed();

		assertThat(output).doesNotContain("FAILED");
	}

	/**
	 * A test per alert that expects it to fire, and one that expects it silent (at an
	 * evaluation where the input does not, or not yet, meet the rule).
	 */
	@Test
	void everyAlertIsTestedFiringAndSilent() {
		var firing = new TreeSet<String>();
		var silent = new TreeSet<String>();
		for (var file : Monitoring.ruleTests()) {
			for (var test : Monitoring.list(Monitoring.yaml(file).get("tests"))) {
				for (var expectation : Monitoring.list(test.get("alert_rule_test"))) {
					var expected = (List<?>) expectation.get("exp_alerts");
					(expected == null || expected.isEmpty() ? silent : firing)
						.add((String) expectation.get("alertname"));
				}
			}
		}

		var alerts = Monitoring.alerts().stream().map(Monitoring.Alert::name).toList();
		assertThat(firing).as("alerts tested firing").containsExactlyInAnyOrderElementsOf(alerts);
		assertThat(silent).as("alerts tested silent").containsExactlyInAnyOrderElementsOf(alerts);
	}

	@Test
	void everyAlertLinksItsRunbook() {
		var missing = new ArrayList<String>();
		for (var alert : Monitoring.alerts()) {
			assertThat(alert.runbookUrl()).isEqualTo("docs/runbooks/" + alert.name() + ".md");
			if (!Files.isRegularFile(Monitoring.PROJECT.resolve(alert.runbookUrl()))) {
				missing.add(alert.runbookUrl());
			}
		}

		assertThat(missing).as("runbooks missing").isEmpty();
	}

	/**
	 * The PrometheusRule is the rule file as it is (promtool tests what ships), with each
	 * runbook link resolved against {@code metrics.prometheusRule.runbookUrl}.
	 */
	@Test
	void theChartsPrometheusRuleIsTheRuleFile() {
		var helm = KubernetesTools.locate().helm().toString();
		var rendered = Chart.objects(
				Command
					.of(helm, "template", "todo-platform", Chart.DIR.toString(), "--kube-version",
							Chart.KUBERNETES_VERSION, "--show-only", "templates/prometheusrule.yaml", "--set",
							"metrics.prometheusRule.runbookUrl=https://example.org/todo-platform/blob/main/")
					.succeed());

		var groups = rendered.getFirst().path("spec").path("groups");
		var renderedRules = new TreeMap<String, Map<String, String>>();
		groups.forEach(group -> group.path("rules")
			.forEach(rule -> renderedRules.put(rule.path("alert").asString(),
					Map.of("group", group.path("name").asString(), "expr", rule.path("expr").asString().strip(),
							"runbook", rule.path("annotations").path("runbook_url").asString()))));
		var fileRules = new TreeMap<String, Map<String, String>>();
		Monitoring.alerts()
			.forEach(alert -> fileRules.put(alert.name(), Map.of("group", alert.group(), "expr", alert.expr(),
					"runbook", "https://example.org/todo-platform/blob/main/" + alert.runbookUrl())));
		assertThat(renderedRules).isEqualTo(fileRules);
	}

	/**
	 * With metrics.dashboards.enabled, a ConfigMap per dashboard for Grafana's sidecar.
	 */
	@Test
	void theChartCarriesEveryDashboardForGrafanasSidecar() {
		var rendered = Chart.objects(
				Command
					.of(KubernetesTools.locate().helm().toString(), "template", "todo-platform", Chart.DIR.toString(),
							"--kube-version", Chart.KUBERNETES_VERSION, "--show-only", "templates/dashboards.yaml",
							"--set", "metrics.dashboards.enabled=true")
					.succeed());

		assertThat(rendered).allSatisfy(
				configMap -> assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asString())
					.isEqualTo("1"));
		assertThat(rendered.stream().map(configMap -> configMap.path("data").properties().iterator().next()))
			.extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(
					Monitoring.dashboards().stream().map(file -> file.getFileName().toString()).toList());
		rendered.forEach(configMap -> configMap.path("data")
			.properties()
			.forEach(dashboard -> assertThat(dashboard.getValue().asString())
				.isEqualTo(read(Monitoring.DASHBOARDS.resolve(dashboard.getKey())).strip())));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
