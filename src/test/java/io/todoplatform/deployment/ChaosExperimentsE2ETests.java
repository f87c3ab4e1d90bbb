package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chaos experiments of {@code deploy/chaos} against a real Kubernetes API server with
 * Chaos Mesh's CRDs ({@link KubeApiServer}): for every values combination of the platform
 * chart, the platform is installed, a Pod is made from each of its pod templates, and
 * every experiment and the Workflow are applied for real with strict field validation.
 * Then the API server says which pods each experiment's selector matches, and Chaos
 * Mesh's own webhook code ({@code chaos-validate}) judges what the CRDs' schemas cannot.
 * Chaos Mesh's controller and daemons do not run here: the experiments are checked as
 * objects, never executed (docs/adr/0035).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChaosExperimentsE2ETests {

	/**
	 * The sidecar container Dapr's injector adds to every pod it injects
	 * ({@code pkg/injector/consts.SidecarContainerName}, Dapr 1.18.3).
	 */
	private static final String DAPR_SIDECAR = "daprd";

	private static final Pattern METRIC = Pattern.compile("\\b(todo|http_server|r2dbc|dapr|kube)_[a-z_]+");

	private static final Pattern ALERT = Pattern.compile("\\bTodoPlatform[A-Za-z]+");

	private static final JsonMapper json = JsonMapper.builder().build();

	private KubernetesTools tools;

	private KubeApiServer server;

	private List<Chart> charts;

	private final Map<Chart, Command.Result> applied = new LinkedHashMap<>();

	@BeforeAll
	void installThePlatformAndItsExperiments(@TempDir Path folder) {
		tools = KubernetesTools.locate();
		server = KubeApiServer.start(tools, folder);
		server.installCrds(tools.daprCrds(), tools.prometheusCrds(), tools.azureMonitorCrds(folder), tools.chaosCrds());
		DaprControlPlane.install(server, true);
		charts = Chart.variants(server);
		for (var chart : charts) {
			chart.installIntoRestrictedNamespace().orFail();
			// No scheduler runs, so the Deployments make no pods: make them, and the hook
			// and
			// test pods, which no experiment may hit.
			var pods = new ArrayList<JsonNode>();
			chart.installed("deployments").forEach(deployment -> pods.add(Pods.of(deployment)));
			chart.render()
				.stream()
				.filter(o -> Set.of("Job", "Pod").contains(o.path("kind").asString()))
				.forEach(object -> pods.add(Pods.of(object)));
			server.kubectl("create", "--namespace", chart.namespace(), "-f", "-")
				.succeed(pods.stream().map(Chart::toJson).collect(Collectors.joining("\n")));
			// Applied, not a dry run; strict, so that a field the CRD does not know is
			// refused
			// rather than dropped.
			applied.put(chart,
					server
						.kubectl("apply", "--server-side", "--validate=strict", "--namespace", chart.namespace(), "-f",
								"-")
						.run(new ChaosExperiments(chart).renderAll()));
		}
	}

	@AfterAll
	void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void everyExperimentAndTheWorkflowAreStoredUnderChaosMeshsCrdsForEveryValuesFile() {
		assertThat(applied.values())
			.allSatisfy(result -> assertThat(result.succeeded()).as(result.toString()).isTrue());
		for (var chart : charts) {
			var installed = new ChaosExperiments(chart).installed();
			var experiments = installed.stream()
				.filter(o -> !o.path("kind").asString().equals("Workflow"))
				.map(ChaosExperiments::experiment)
				.toList();
			assertThat(experiments).as(chart.toString())
				.containsExactlyInAnyOrderElementsOf(ChaosExperiments.TARGETS.keySet());
			assertThat(installed).filteredOn(o -> o.path("kind").asString().equals("Workflow")).hasSize(1);
		}
	}

	@Test
	void helmLintFindsNothingWithAnyOfThePlatformsValuesFiles() {
		for (var chart : charts) {
			server
				.helm("lint", "--strict", ChaosExperiments.DIR.toString(), "--kube-version", Chart.KUBERNETES_VERSION,
						"--set", "workflow.enabled=true")
				.with(chart.valuesArguments())
				.succeed();
		}
	}

	@Test
	void aFieldChaosMeshDoesNotKnowIsRefused() {
		var misspelt = """
				{"apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos", "metadata": {"name": "misspelt"},
				 "spec": {"action": "container-kill", "mode": "one", "containerName": ["daprd"],
				  "selector": {"labelSelectors": {"app.kubernetes.io/component": "tasks"}}}}
				""";
		var result = server
			.kubectl("apply", "--server-side", "--validate=strict", "--namespace", charts.getFirst().namespace(), "-f",
					"-")
			.run(misspelt);
		assertThat(result.succeeded()).as(result.toString()).isFalse();
		assertThat(result.output()).contains("containerName");
	}

	@Test
	void everyExperimentPassesChaosMeshsOwnWebhookChecks() {
		for (var chart : charts) {
			var verdicts = Command.of(tools.chaosValidate().toString()).run(new ChaosExperiments(chart).renderAll());
			assertThat(verdicts.succeeded()).as(verdicts.toString()).isTrue();
			assertThat(verdicts.output().lines().filter(line -> line.startsWith("valid "))).as(verdicts.toString())
				.hasSize(ChaosExperiments.TARGETS.size() + 1);
		}
	}

	@Test
	void chaosMeshsWebhookChecksRefuseWhatTheCrdsLetThrough() {
		// Both pass the CRDs' schemas; Chaos Mesh's webhook refuses them.
		var refused = """
				{"apiVersion": "chaos-mesh.org/v1alpha1", "kind": "PodChaos", "metadata": {"name": "no-container"},
				 "spec": {"action": "container-kill", "mode": "one", "selector": {"namespaces": ["todo"]}}}
				{"apiVersion": "chaos-mesh.org/v1alpha1", "kind": "NetworkChaos", "metadata": {"name": "both-ways"},
				 "spec": {"action": "delay", "mode": "all", "direction": "both", "externalTargets": ["db:5432"],
				  "delay": {"latency": "100ms"}, "selector": {"namespaces": ["todo"]}}}
				""";
		server
			.kubectl("apply", "--dry-run=server", "--validate=strict", "--namespace", charts.getFirst().namespace(),
					"-f", "-")
			.succeed(refused);
		var verdicts = Command.of(tools.chaosValidate().toString()).run(refused);
		assertThat(verdicts.succeeded()).as(verdicts.toString()).isFalse();
		assertThat(verdicts.output()).contains("refused PodChaos/no-container", "the name of container is required",
				"refused NetworkChaos/both-ways", "external targets cannot be used");
	}

	@Test
	void everyExperimentSelectsExactlyThePodsOfTheAppIdsItTargets() {
		for (var chart : charts) {
			var specs = ChaosExperiments.specs(new ChaosExperiments(chart).installed());
			assertThat(specs).as(chart.toString()).hasSize(2 * ChaosExperiments.TARGETS.size());
			specs.forEach((name, spec) -> {
				var targets = ChaosExperiments.TARGETS.get(name.replace("workflow/", ""));
				var expected = targets.stream()
					.map(appId -> chart.release() + "-" + appId + "-deployment")
					.collect(Collectors.toCollection(TreeSet::new));
				var selector = ChaosSelector.of(spec.path("selector"));
				assertThat(selector.namespaces()).as(chart + " " + name).containsExactly(chart.namespace());
				assertThat(selectedPods(chart, selector)).as(chart + " " + name + ": " + selector).isEqualTo(expected);
			});
		}
	}

	@Test
	void theSidecarKillsHitTheContainerDaprsInjectorAdds() {
		for (var chart : charts) {
			var specs = ChaosExperiments.specs(new ChaosExperiments(chart).installed());
			var kills = specs.entrySet().stream().filter(e -> e.getKey().contains("sidecar-kill-")).toList();
			assertThat(kills).hasSize(6);
			for (var kill : kills) {
				assertThat(kill.getValue().path("action").asString()).isEqualTo("container-kill");
				assertThat(kill.getValue().path("containerNames").valueStream().map(JsonNode::asString))
					.as(kill.getKey())
					.containsExactly(DAPR_SIDECAR);
			}
			// Chaos Mesh looks for the container among the pod's containers: the injector
			// puts
			// daprd there unless native sidecars (init containers) are asked for.
			for (var deployment : chart.installed("deployments")) {
				var annotations = deployment.at("/spec/template/metadata/annotations");
				assertThat(annotations.path("dapr.io/enabled").asString()).isEqualTo("true");
				assertThat(annotations.path("dapr.io/enable-native-sidecar").asString("false")).isEqualTo("false");
			}
		}
	}

	@Test
	void theNetworkFaultsHitWhatTheAppsConnectTo() {
		for (var chart : charts) {
			var specs = ChaosExperiments.specs(new ChaosExperiments(chart).installed());
			var databases = chart.installed("deployments")
				.stream()
				.map(deployment -> database(deployment))
				.collect(Collectors.toSet());
			var brokerPorts = new TreeSet<String>();
			for (var component : chart.installed("components.dapr.io")) {
				for (var item : component.at("/spec/metadata")) {
					if (item.path("name").asString().equals("brokers")) {
						Stream.of(item.path("value").asString().split(","))
							.forEach(broker -> brokerPorts
								.addAll(anyAddressOn(URI.create("kafka://" + broker.strip()).getPort())));
					}
				}
			}
			assertThat(databases).as(chart.toString()).hasSize(1);
			assertThat(brokerPorts).as(chart.toString()).isNotEmpty();
			for (var name : List.of("postgresql-delay", "workflow/postgresql-delay")) {
				assertThat(targets(specs.get(name))).as(chart + " " + name).isEqualTo(databases);
			}
			for (var name : List.of("kafka-unavailable", "workflow/kafka-unavailable")) {
				assertThat(targets(specs.get(name))).as(chart + " " + name).isEqualTo(brokerPorts);
			}
		}
	}

	@Test
	void everyExperimentSaysWhatToExpectWhatMustNotHappenAndWhatShowsIt() throws IOException {
		var alerts = alertsOfTheChart();
		var guide = Files.readString(Chart.DIR.resolve("../../../docs/chaos.md").normalize());
		for (var chart : charts) {
			for (var object : new ChaosExperiments(chart).installed()) {
				var name = object.at("/metadata/name").asString();
				var annotations = object.at("/metadata/annotations");
				var section = annotations.path("chaos.todoplatform.io/guide").asString();
				assertThat(section).as(name).startsWith("docs/chaos.md#");
				assertThat(guide).as(section).contains("\n### " + section.substring(section.indexOf('#') + 1) + "\n");
				if (object.path("kind").asString().equals("Workflow")) {
					continue;
				}
				assertThat(annotations.path("chaos.todoplatform.io/expected-behaviour").asString()).as(name)
					.isNotBlank();
				assertThat(annotations.path("chaos.todoplatform.io/must-not-happen").asString()).as(name).isNotBlank();
				var watch = annotations.path("chaos.todoplatform.io/watch").asString();
				assertThat(METRIC.matcher(watch).find()).as(name + " names a metric: " + watch).isTrue();
				var named = ALERT.matcher(watch).results().map(m -> m.group()).collect(Collectors.toSet());
				assertThat(named).as(name + " names alerts").isNotEmpty();
				assertThat(alerts).as(name + ": alerts the platform chart defines").containsAll(named);
			}
		}
	}

	@Test
	void theWorkflowRunsEachExperimentOnceWithItsOwnSpecAndARecoveryAfterIt() {
		for (var chart : charts) {
			var installed = new ChaosExperiments(chart).installed();
			var workflow = installed.stream()
				.filter(o -> o.path("kind").asString().equals("Workflow"))
				.findFirst()
				.orElseThrow();
			var entry = workflow.at("/spec/entry").asString();
			var serial = workflow.at("/spec/templates")
				.valueStream()
				.filter(t -> t.path("name").asString().equals(entry))
				.findFirst()
				.orElseThrow();
			assertThat(serial.path("templateType").asString()).isEqualTo("Serial");
			var expected = new ArrayList<String>();
			for (var name : ChaosExperiments.TARGETS.keySet()) {
				expected.addAll(List.of(name, "recover-after-" + name));
			}
			var children = serial.path("children").valueStream().map(JsonNode::asString).toList();
			assertThat(children).as(chart.toString()).containsExactlyInAnyOrderElementsOf(expected);
			for (var i = 0; i < children.size(); i += 2) {
				assertThat(children.get(i + 1)).isEqualTo("recover-after-" + children.get(i));
			}
			var specs = ChaosExperiments.specs(installed);
			for (var name : ChaosExperiments.TARGETS.keySet()) {
				assertThat(specs.get("workflow/" + name)).as(chart + " " + name)
					.isEqualTo(ChaosExperiments.withoutDuration(specs.get(name)));
			}
		}
	}

	@Test
	void anExperimentThatDoesNotExistIsRefusedRatherThanIgnored() {
		var result = server
			.helm("template", "todo-chaos", ChaosExperiments.DIR.toString(), "--kube-version", Chart.KUBERNETES_VERSION,
					"--set", "run={pod-kill-task}")
			.run();
		assertThat(result.succeeded()).as(result.toString()).isFalse();
		assertThat(result.output()).contains("unknown experiment \"pod-kill-task\"");
	}

	private Set<String> selectedPods(Chart chart, ChaosSelector selector) {
		var pods = json.readTree(server
			.kubectl("get", "pods", "--namespace", chart.namespace(), "--selector", selector.labels(), "-o", "json")
			.succeed());
		return pods.path("items")
			.valueStream()
			.map(pod -> pod.at("/metadata/name").asString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** host:port of the PostgreSQL server in a Deployment's R2DBC URL. */
	private static String database(JsonNode deployment) {
		var url = deployment.at("/spec/template/spec/containers/0/env")
			.valueStream()
			.filter(variable -> variable.path("name").asString().equals("SPRING_R2DBC_URL"))
			.map(variable -> URI.create(variable.path("value").asString().replaceFirst("^r2dbc:", "")))
			.findFirst()
			.orElseThrow();
		return url.getHost() + ":" + url.getPort();
	}

	/**
	 * Every IPv4 address on a port, as the two halves of the address space (a
	 * {@code hash:net,port} ipset cannot hold a /0).
	 */
	private static Set<String> anyAddressOn(int port) {
		return Set.of("0.0.0.0/1:" + port, "128.0.0.0/1:" + port);
	}

	private static Set<String> targets(JsonNode spec) {
		assertThat(spec.path("direction").asString()).isEqualTo("to");
		return spec.path("externalTargets").valueStream().map(JsonNode::asString).collect(Collectors.toSet());
	}

	/**
	 * Every alert any file of the platform chart defines ({@code alert: <name>}),
	 * wherever the rules live.
	 */
	private static Set<String> alertsOfTheChart() {
		var definition = Pattern.compile("alert:\\s*\"?(TodoPlatform[A-Za-z]+)");
		try (var files = Files.walk(Chart.DIR)) {
			var alerts = new TreeSet<String>();
			for (var file : files.filter(Files::isRegularFile).toList()) {
				definition.matcher(Files.readString(file)).results().forEach(m -> alerts.add(m.group(1)));
			}
			assertThat(alerts).isNotEmpty();
			return alerts;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
