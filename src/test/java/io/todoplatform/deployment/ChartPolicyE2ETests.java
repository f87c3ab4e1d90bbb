package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
		var checkov = Checkov.run(tools.checkov(), "kubernetes", manifests);
		assertThat(checkov.unparsed(manifests)).as(checkov.toString()).isEmpty();
		assertThat(checkov.unexplained(Checkov.explanations(Chart.DIR.resolve("../../k8s/checkov-explained.yaml"))))
			.as("findings without a reason in deploy/k8s/checkov-explained.yaml")
			.isEmpty();
	}

}
