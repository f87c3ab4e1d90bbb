package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/terraform} checked with what runs here without a provider registry (ADR
 * 0032): OpenTofu's formatting, tflint with its terraform ruleset at
 * {@code preset = "all"} and the azurerm ruleset as a plugin, checkov with every accepted
 * finding explained in {@code deploy/terraform/checkov-explained.yaml}, and the
 * provider-free modules run for real by OpenTofu against what they must match: the alert
 * rules translated from the chart's rule file, the ServiceAccount names the workload
 * identities trust compared with what {@code helm template} renders, and the Kafka topics
 * compared with the application's.
 * <p>
 * Not validated here: {@code tofu validate} and {@code tofu plan}. Both need the provider
 * schemas of azurerm, random and redpanda, which {@code tofu init} downloads from a
 * registry that cannot be reached here ("could not connect to registry.opentofu.org"),
 * and terraform-provider-azurerm is too large to build within CI's time. So argument
 * names, types and required arguments of resources are checked only by the azurerm
 * ruleset's rules (which do see values passed through module calls) and by reading the
 * provider's documentation, not against its schema; variable validations of modules with
 * providers do not run; nothing is applied to Azure.
 */
class TerraformE2ETests {

	private static final Path PROJECT = Path.of(System.getProperty("todo.e2e.project-dir", "")).toAbsolutePath();

	private static final Path TERRAFORM = PROJECT.resolve("deploy/terraform");

	private static final Path ALERTS = PROJECT.resolve("deploy/helm/todo-platform/monitoring/alerts.yaml");

	private final TerraformTools tools = TerraformTools.locate();

	@Test
	void everyFileIsFormattedAsTofuFmtWritesIt(@TempDir Path scratch) {
		var fmt = tofu(scratch, "fmt", "-check", "-recursive", "-diff", TERRAFORM.toString()).run();
		assertThat(fmt.succeeded()).as("tofu fmt -check found files to reformat:\n%s", fmt).isTrue();
	}

	@Test
	void tflintFindsNothingInAnyCompositionOrModule() {
		var lint = new Command(
				List.of(tools.tflint().toString(), "--chdir=" + TERRAFORM, "--recursive",
						"--config=" + TERRAFORM.resolve(".tflint.hcl"), "--format=compact",
						"--minimum-failure-severity=notice"),
				Map.of("TFLINT_PLUGIN_DIR", tools.tflintPluginDir().toString()))
			.run();
		assertThat(lint.succeeded()).as("tflint reported findings or could not run:\n%s", lint).isTrue();
		assertThat(lint.output()).as("tflint's output").doesNotContain("Failed to initialize plugins");
	}

	@Test
	@SuppressWarnings("unchecked")
	void checkovFindsNothingThatIsNotExplained() {
		var checkov = Checkov.run(tools.checkov(), "terraform", TERRAFORM);
		var explained = Checkov.explanations(TERRAFORM.resolve("checkov-explained.yaml"));
		assertThat(checkov.unparsed(TERRAFORM))
			.as("files checkov could not parse and deploy/terraform/checkov-explained.yaml does not list under unparsed")
			.isSubsetOf(((Map<String, Object>) explained.getOrDefault("unparsed", Map.of())).keySet());
		assertThat(checkov.unexplained((Map<String, Object>) explained.getOrDefault("checks", Map.of())))
			.as("findings without a reason in deploy/terraform/checkov-explained.yaml")
			.isEmpty();
	}

	@Test
	void everyAlertOfTheChartsRuleFileBecomesAnAzureMonitorRule(@TempDir Path root) throws IOException {
		var groups = tofuOutputs(root, """
				module "rules" {
				  source           = "%s"
				  rules_file       = "%s"
				  runbook_base_url = "https://example.test/repo/"
				}

				output "groups" {
				  value = module.rules.groups
				}
				""".formatted(TERRAFORM.resolve("modules/alert-rules"), ALERTS)).path("groups").path("value");

		var expected = new TreeMap<String, String>();
		alertRules().forEach(rule -> expected.put((String) rule.get("alert"), rule.get("expr").toString().strip()));
		var translated = new TreeMap<String, String>();
		for (var group : groups) {
			for (var rule : group) {
				translated.put(rule.path("alert").asString(), rule.path("expression").asString());
				assertThat(rule.path("for").asString()).as(rule.toString()).matches("PT([0-9]+[HMS])+");
				assertThat(rule.path("severity").asInt()).as(rule.toString()).isBetween(0, 4);
				assertThat(rule.path("annotations").path("runbook_url").asString()).as(rule.toString())
					.isEqualTo("https://example.test/repo/docs/runbooks/" + rule.path("alert").asString() + ".md");
			}
		}
		assertThat(translated).as("alert → expression, translated from %s", ALERTS).isEqualTo(expected);
	}

	@Test
	void redpandaGetsEveryTopicTheModulesUseWithItsDeadLetterTwin(@TempDir Path root) {
		var topics = tofuOutputs(root, """
				module "topics" {
				  source = "%s"
				}

				output "all" {
				  value = module.topics.all
				}
				""".formatted(TERRAFORM.resolve("modules/event-topics"))).path("all").path("value");
		var created = new TreeSet<String>();
		topics.forEach(topic -> created.add(topic.asString()));
		assertThat(created).as("topics the kafka module creates").isEqualTo(Topics.ofApplication());
	}

	@Test
	void workloadIdentitiesTrustTheServiceAccountsTheChartRenders(@TempDir Path root) {
		var helm = KubernetesTools.locate().helm();
		for (var release : List.of("todo-platform", "todo")) {
			var subjects = tofuOutputs(root.resolve(release), """
					module "accounts" {
					  source       = "%s"
					  namespace    = "todo"
					  release_name = "%s"
					}

					output "subjects" {
					  value = module.accounts.subjects
					}
					""".formatted(TERRAFORM.resolve("modules/service-accounts"), release)).path("subjects")
				.path("value");
			var rendered = Command
				.of(helm.toString(), "template", release, Chart.DIR.toString(), "--namespace", "todo", "--kube-version",
						Chart.KUBERNETES_VERSION, "--show-only", "templates/serviceaccount.yaml")
				.succeed();
			var accounts = new TreeSet<String>();
			new Yaml(new LoaderOptions()).loadAll(rendered).forEach(document -> {
				if (document instanceof Map<?, ?> account && account.get("metadata") instanceof Map<?, ?> metadata) {
					accounts.add("system:serviceaccount:todo:" + metadata.get("name"));
				}
			});
			var trusted = new TreeSet<String>();
			subjects.forEach(subject -> trusted.add(subject.asString()));
			assertThat(trusted).as("subjects of the federated credentials for release %s", release)
				.isEqualTo(accounts)
				.hasSize(3);
		}
	}

	/**
	 * Runs a provider-free root module with OpenTofu (init, apply with local state) and
	 * returns {@code tofu output -json}.
	 */
	private JsonNode tofuOutputs(Path root, String mainTf) {
		write(root.resolve("main.tf"), mainTf);
		var chdir = "-chdir=" + root;
		tofu(root, chdir, "init", "-input=false", "-no-color").succeed();
		tofu(root, chdir, "apply", "-auto-approve", "-input=false", "-no-color").succeed();
		var outputs = JsonMapper.builder().build().readTree(tofu(root, chdir, "output", "-json").succeed());
		// init links the module folders into .terraform: unlinked here, not followed by
		// the
		// temporary folder's cleanup.
		delete(root.resolve(".terraform"));
		return outputs;
	}

	/**
	 * OpenTofu with a CLI configuration of its own (empty: no credentials, no mirrors),
	 * so that the user's TF_CLI_CONFIG_FILE neither changes nor clutters what it prints.
	 */
	private Command tofu(Path scratch, String... arguments) {
		var config = scratch.resolve("tofu.tfrc");
		write(config, "");
		var command = new ArrayList<>(List.of(tools.tofu().toString()));
		command.addAll(List.of(arguments));
		return new Command(command,
				Map.of("TF_CLI_CONFIG_FILE", config.toString(), "TF_IN_AUTOMATION", "1", "CHECKPOINT_DISABLE", "1"));
	}

	private static void delete(Path folder) {
		try (var paths = Files.walk(folder)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException e) {
			throw new AssertionError("Could not delete " + folder, e);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException e) {
			throw new AssertionError("Could not write " + file, e);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> alertRules() throws IOException {
		try (InputStream in = Files.newInputStream(ALERTS)) {
			Map<String, Object> file = new Yaml(new LoaderOptions()).load(in);
			return ((List<Map<String, Object>>) file.get("groups")).stream()
				.flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
				.filter(rule -> rule.containsKey("alert"))
				.toList();
		}
	}

}
