package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy checks of the rendered chart with checkov (offline, {@code --skip-download}):
 * every values combination, hooks and test pods included. A finding fails the test unless
 * {@code deploy/k8s/checkov-explained.yaml} gives a reason for its check; checkov offline
 * has no severities, so every finding counts.
 */
class ChartPolicyE2ETests {

	@Test
	void checkovFindsNothingThatIsNotExplained(@TempDir Path manifests) throws IOException {
		var tools = KubernetesTools.locate();
		for (var variant : Chart.VARIANTS.entrySet()) {
			var rendered = Command
				.of(tools.helm().toString(), "template", "todo-platform", Chart.DIR.toString(), "--namespace", "todo",
						"--kube-version", Chart.KUBERNETES_VERSION)
				.with(Chart.valuesArguments(variant.getValue()))
				.succeed();
			Files.writeString(manifests.resolve(variant.getKey() + ".yaml"), rendered);
		}
		var report = Command
			.of(tools.checkov().toString(), "--skip-download", "--framework", "kubernetes", "--directory",
					manifests.toString(), "--output", "json", "--quiet", "--compact")
			.run();
		// checkov exits with 1 when it finds something: the findings decide, not the exit
		// code.
		var json = report.output().substring(Math.max(0, report.output().indexOf('{')));
		var tree = JsonMapper.builder().build().readTree(json);
		assertThat(tree.at("/summary/passed").asInt()).as(report.toString()).isPositive();
		assertThat(tree.at("/summary/parsing_errors").asInt()).as(report.toString()).isZero();
		var results = tree.path("results");

		var unexplained = new TreeMap<String, TreeSet<String>>();
		var explained = explained();
		for (var finding : results.path("failed_checks")) {
			var check = finding.path("check_id").asString();
			if (!explained.containsKey(check)) {
				unexplained.computeIfAbsent(check + " " + finding.path("check_name").asString(), c -> new TreeSet<>())
					.add(finding.path("resource").asString());
			}
		}
		assertThat(unexplained).as("findings without a reason in deploy/k8s/checkov-explained.yaml").isEmpty();
	}

	private static Map<String, Object> explained() throws IOException {
		try (InputStream in = Files.newInputStream(Chart.DIR.resolve("../../k8s/checkov-explained.yaml"))) {
			return new Yaml(new LoaderOptions()).load(in);
		}
	}

}
