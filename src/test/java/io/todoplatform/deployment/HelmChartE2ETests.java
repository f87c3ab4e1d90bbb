package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Helm chart against a real Kubernetes API server (etcd and kube-apiserver built from
 * the Go module proxy, {@link KubeApiServer}) with Dapr's and the Prometheus Operator's
 * CRDs: every values combination is linted, validated strictly on the server (hooks and
 * test pods too), installed for real, and its objects checked. Each install goes into a
 * namespace that enforces the restricted Pod Security Standard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelmChartE2ETests {

	private static final Set<String> APP_IDS = Set.of("tasks", "recurrence", "notifications");

	private KubeApiServer server;

	private KubernetesTools tools;

	private List<Chart> charts;

	private final Map<Chart, Command.Result> installs = new LinkedHashMap<>();

	@BeforeAll
	void installEveryVariant(@TempDir Path folder) {
		tools = KubernetesTools.locate();
		server = KubeApiServer.start(tools, folder);
		server.installCrds(tools.daprCrds(), tools.prometheusCrds(), tools.azureMonitorCrds(folder));
		DaprControlPlane.install(server, true);
		charts = Chart.variants(server);
		for (var chart : charts) {
			installs.put(chart, chart.installIntoRestrictedNamespace());
		}
	}

	@AfterAll
	void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void helmInstallSucceedsForEveryValuesFile() {
		assertThat(installs.values())
			.allSatisfy(result -> assertThat(result.succeeded()).as(result.toString()).isTrue());
	}

	@Test
	void helmLintFindsNothingInAnyValuesFile() {
		for (var chart : charts) {
			server.helm("lint", "--strict", Chart.DIR.toString(), "--kube-version", Chart.KUBERNETES_VERSION)
				.with(chart.valuesArguments())
				.succeed();
		}
	}

	@Test
	void everyRenderedObjectWithHooksAndTestsPassesStrictServerSideValidation() {
		// Helm itself lets the server drop unknown fields with a warning; strict
		// validation refuses them. Into an empty
		// namespace, so that every object is created, not patched.
		for (var chart : charts) {
			var namespace = chart.namespace() + "-strict";
			server.kubectl("create", "namespace", namespace).succeed();
			var manifest = chart.render().stream().map(Chart::toJson).collect(Collectors.joining("\n"));
			server.kubectl("create", "--dry-run=server", "--validate=strict", "--namespace", namespace, "-f", "-")
				.succeed(manifest);
		}
	}

	@Test
	void everyPodOfTheChartIsAdmittedUnderTheRestrictedPodSecurityStandard() {
		for (var chart : charts) {
			var pods = new ArrayList<JsonNode>();
			chart.installed("deployments").forEach(deployment -> pods.add(Pods.of(deployment)));
			chart.render()
				.stream()
				.filter(o -> Set.of("Job", "Pod").contains(o.path("kind").asString()))
				.forEach(object -> pods.add(Pods.of(object)));
			assertThat(pods).hasSizeGreaterThanOrEqualTo(6);
			for (var pod : pods) {
				server.kubectl("create", "--dry-run=server", "--namespace", chart.namespace(), "-f", "-")
					.succeed(Chart.toJson(pod));
			}
		}
		// The namespace does enforce: a pod without the hardening is refused.
		var refused = server
			.kubectl("create", "--dry-run=server", "--namespace", charts.getFirst().namespace(), "-f", "-")
			.run(Pods.UNHARDENED);
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.output()).contains("violates PodSecurity \"restricted:latest\"");
	}

	@Test
	void threeDeploymentsRunTheSameImageEachAsItsOwnAppIdWithItsProfile() {
		for (var chart : charts) {
			var deployments = chart.installed("deployments");
			assertThat(deployments).as(chart.toString()).hasSize(3);
			var images = deployments.stream()
				.map(d -> container(d).path("image").asString())
				.collect(Collectors.toSet());
			assertThat(images).as(chart + ": one image").hasSize(1);
			var appIds = new TreeSet<String>();
			for (var deployment : deployments) {
				var appId = deployment.at("/spec/template/metadata/annotations/dapr.io~1app-id").asString();
				appIds.add(appId);
				assertThat(environment(container(deployment))).as(chart + " " + appId)
					.containsEntry("SPRING_PROFILES_ACTIVE", appId)
					.containsEntry("SERVER_ADDRESS", "0.0.0.0")
					.containsEntry("MANAGEMENT_SERVER_PORT", "8081")
					.containsKeys("SPRING_R2DBC_URL", "SPRING_R2DBC_USERNAME", "SPRING_R2DBC_PASSWORD",
							"TODO_EVENTS_DAPR_APP_API_TOKEN", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
				assertThat(container(deployment).at("/readinessProbe/httpGet/path").asString())
					.isEqualTo("/actuator/health/readiness");
				assertThat(container(deployment).at("/readinessProbe/httpGet/port").asString()).isEqualTo("management");
			}
			assertThat(appIds).as(chart.toString()).isEqualTo(new TreeSet<>(APP_IDS));
		}
	}

	@Test
	void autoscalingKeepsEachAppIdWithinItsBoundsAtSeventyPercentCpu() {
		var expected = Map.of("tasks", "2-50", "recurrence", "2-12", "notifications", "2-10");
		for (var name : List.of("defaults", "prod")) {
			assertThat(bounds(chart(name))).as(name).isEqualTo(expected);
		}
		assertThat(bounds(chart("staging")))
			.isEqualTo(Map.of("tasks", "2-6", "recurrence", "2-4", "notifications", "2-4"));
		assertThat(chart("minikube").installed("horizontalpodautoscalers")).isEmpty();
	}

	@Test
	void daprResourcesAreScopedToAppIdsThatExistAndReadSecretsThroughAStoreThatExists() {
		for (var chart : charts) {
			var components = chart.installed("components.dapr.io");
			var stores = components.stream()
				.filter(c -> c.at("/spec/type").asString().startsWith("secretstores."))
				.map(c -> c.at("/metadata/name").asString())
				.collect(Collectors.toSet());
			stores.add("kubernetes");
			var scoped = new ArrayList<>(components);
			scoped.addAll(chart.installed("resiliencies.dapr.io"));
			assertThat(scoped).as(chart.toString()).hasSizeGreaterThanOrEqualTo(3);
			for (var resource : scoped) {
				var scopes = new TreeSet<String>();
				resource.path("scopes").forEach(scope -> scopes.add(scope.asString()));
				assertThat(scopes).as(chart + " " + resource.at("/metadata/name").asString())
					.isNotEmpty()
					.isSubsetOf(APP_IDS);
			}
			for (var component : components) {
				if (component.at("/spec/metadata").findValue("secretKeyRef") != null) {
					assertThat(stores).contains(component.at("/auth/secretStore").asString());
				}
			}
			var configuration = chart.installed("configurations.dapr.io");
			assertThat(configuration).hasSize(1);
			for (var deployment : chart.installed("deployments")) {
				assertThat(deployment.at("/spec/template/metadata/annotations/dapr.io~1config").asString())
					.isEqualTo(configuration.getFirst().at("/metadata/name").asString());
			}
		}
	}

	@Test
	void everyTopicTheModulesPublishOrSubscribeToIsCreated() {
		var needed = Topics.ofApplication();
		assertThat(needed).contains("task-operations", "task-operations-dlq", "alerts-dlq");
		for (var chart : charts) {
			var jobs = chart.render("--set", "topics.create=true", "--set", "dapr.kafka.authType=none")
				.stream()
				.filter(o -> o.path("kind").asString().equals("Job"))
				.toList();
			assertThat(jobs).as(chart.toString()).hasSize(1);
			assertThat(Topics.createdBy(jobs.getFirst())).as(chart.toString()).containsAll(needed);
		}
	}

	@Test
	void networkPoliciesDenyEverythingThenAllowExactlyTheListedTraffic() {
		var chart = chart("defaults");
		var policies = chart.installed("networkpolicies");
		var deny = policies.stream().filter(p -> p.at("/metadata/name").asString().endsWith("-default-deny")).toList();
		assertThat(deny).hasSize(1);
		assertThat(deny.getFirst().at("/spec/podSelector/matchLabels/app.kubernetes.io~1instance").asString())
			.isEqualTo(chart.release());
		assertThat(deny.getFirst().at("/spec/ingress").isMissingNode()).isTrue();
		assertThat(deny.getFirst().at("/spec/egress").isMissingNode()).isTrue();
		for (var appId : APP_IDS) {
			var policy = policies.stream()
				.filter(p -> p.at("/metadata/name").asString().equals("todo-platform-" + appId))
				.findFirst()
				.orElseThrow();
			assertThat(NetworkRules.ingress(policy)).as(appId).isEqualTo(NetworkRules.expectedIngress(appId));
			assertThat(NetworkRules.egress(policy)).as(appId).isEqualTo(NetworkRules.expectedEgress(appId));
		}
	}

	/**
	 * The web UI runs in tasks, and signs browsers in at the API's issuer with its own
	 * client, whose id and secret come from a Secret, never from the values.
	 */
	@Test
	void onlyTasksGetsTheWebUisOidcClientAndFromASecret() {
		for (var chart : charts) {
			for (var deployment : chart.installed("deployments")) {
				var appId = deployment.at("/spec/template/metadata/annotations/dapr.io~1app-id").asString();
				var environment = environment(container(deployment));
				if (!appId.equals("tasks")) {
					assertThat(environment).as(chart + " " + appId)
						.doesNotContainKeys("TODO_UI_OIDC_CLIENT_ID", "TODO_UI_OIDC_CLIENT_SECRET");
					continue;
				}
				assertThat(environment).as(chart + " " + appId)
					.containsEntry("TODO_UI_OIDC_SCOPES", "openid,profile,offline_access,api://todo-platform/tasks");
				for (var variable : container(deployment).path("env")) {
					var name = variable.path("name").asString();
					if (name.equals("TODO_UI_OIDC_CLIENT_ID") || name.equals("TODO_UI_OIDC_CLIENT_SECRET")) {
						assertThat(variable.at("/valueFrom/secretKeyRef/name").asString()).as(chart + " " + name)
							.isEqualTo("todo-platform-ui-oidc");
						assertThat(variable.at("/valueFrom/secretKeyRef/key").asString())
							.isEqualTo(name.endsWith("_ID") ? "client-id" : "client-secret");
					}
				}
				assertThat(environment).containsKeys("TODO_UI_OIDC_CLIENT_ID", "TODO_UI_OIDC_CLIENT_SECRET");
			}
		}
	}

	@Test
	void theIngressRoutesEachPublicPathToTheAppIdThatOwnsIt() {
		var routes = new TreeSet<String>();
		for (var path : chart("defaults").installed("ingresses").getFirst().at("/spec/rules/0/http/paths")) {
			var exact = path.path("pathType").asString().equals("Exact") ? " (exact)" : "";
			routes.add(path.path("path").asString() + exact + " -> " + path.at("/backend/service/name").asString());
		}
		// The web UI's pages and assets go where it runs, beside the task API
		// (WebUiRoutesUnitTests holds the chart's values to the UI's own list).
		var ui = Stream
			.of("/tasks", "/series", "/reminders", "/settings", "/chat", "/signin", "/signout", "/oauth2",
					"/login/oauth2", "/ui", "/webjars/htmx.org", "/ (exact)")
			.map(path -> path + " -> todo-platform-tasks");
		assertThat(routes).containsExactlyInAnyOrderElementsOf(Stream.concat(ui,
				Stream.of("/api/v1/tasks -> todo-platform-tasks", "/api/v1/tags -> todo-platform-tasks",
						"/api/v1/chat -> todo-platform-tasks", "/mcp -> todo-platform-tasks",
						"/.well-known/oauth-protected-resource -> todo-platform-tasks",
						"/api/v1/recurring-tasks -> todo-platform-recurrence",
						"/api/v1/recurrence -> todo-platform-recurrence", "/api/v1/me -> todo-platform-notifications",
						"/api/v1/reminders -> todo-platform-notifications",
						"/notifications -> todo-platform-notifications"))
			.toList());
	}

	/**
	 * On AKS, Azure Monitor managed Prometheus scrapes the ServiceMonitors of its own
	 * group, and Terraform gives it the alert rules: no object needs the Prometheus
	 * Operator there.
	 */
	@Test
	void onAksTheMetricsGoToAzureMonitorAndElsewhereToThePrometheusOperator() {
		// minikube's values have no Prometheus at all.
		for (var chart : charts.stream().filter(chart -> !chart.name().equals("minikube")).toList()) {
			var onAks = chart.valuesFiles().contains("values-aks.yaml");
			assertThat(chart.installed("servicemonitors.azmonitoring.coreos.com")).as(chart.name())
				.hasSize(onAks ? 2 : 0);
			assertThat(chart.installed("servicemonitors.monitoring.coreos.com")).as(chart.name())
				.hasSize(onAks ? 0 : 2);
			assertThat(chart.installed("prometheusrules.monitoring.coreos.com")).as(chart.name())
				.hasSize(onAks ? 0 : 1);
		}
	}

	@Test
	void theLocalDaprResourcesPassDaprsCrds() {
		var local = Chart.DIR.resolve("../../dapr/local").normalize();
		var result = server
			.kubectl("apply", "--dry-run=server", "--validate=strict", "--namespace", "default", "-f", local.toString())
			.succeed();
		assertThat(result).contains("configuration.dapr.io/local", "component.dapr.io/events",
				"resiliency.dapr.io/events");
	}

	@Test
	void theValuesSchemaRefusesUnknownKeysAndWrongTypes() {
		var typo = server.helm("template", "todo-platform", Chart.DIR.toString(), "--set", "apps.tasks.replica=3")
			.run();
		assertThat(typo.succeeded()).as(typo.toString()).isFalse();
		assertThat(typo.output()).contains("replica");
		var wrongType = server
			.helm("template", "todo-platform", Chart.DIR.toString(), "--set", "database.port=postgres")
			.run();
		assertThat(wrongType.succeeded()).as(wrongType.toString()).isFalse();
		assertThat(wrongType.output()).contains("database", "port");
	}

	@Test
	void stagingAndProductionRefuseADaprControlPlaneWithoutMtls() {
		DaprControlPlane.install(server, false);
		try {
			for (var name : List.of("staging", "prod")) {
				var chart = chart(name);
				var upgrade = server
					.helm("upgrade", chart.release(), Chart.DIR.toString(), "--namespace", chart.namespace(),
							"--no-hooks")
					.with(chart.valuesArguments())
					.run();
				assertThat(upgrade.succeeded()).as(upgrade.toString()).isFalse();
				assertThat(upgrade.output()).contains("mTLS is off in the Dapr control plane");
			}
		}
		finally {
			DaprControlPlane.install(server, true);
		}
	}

	private Chart chart(String name) {
		return charts.stream().filter(chart -> chart.name().equals(name)).findFirst().orElseThrow();
	}

	private static Map<String, String> bounds(Chart chart) {
		var bounds = new LinkedHashMap<String, String>();
		for (var hpa : chart.installed("horizontalpodautoscalers")) {
			assertThat(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
			var appId = hpa.at("/metadata/labels/app.kubernetes.io~1component").asString();
			bounds.put(appId, hpa.at("/spec/minReplicas").asInt() + "-" + hpa.at("/spec/maxReplicas").asInt());
		}
		return bounds;
	}

	private static JsonNode container(JsonNode deployment) {
		return deployment.at("/spec/template/spec/containers/0");
	}

	private static Map<String, String> environment(JsonNode container) {
		var environment = new LinkedHashMap<String, String>();
		container.path("env")
			.forEach(variable -> environment.put(variable.path("name").asString(), variable.has("value")
					? variable.path("value").asString() : "<from " + variable.path("valueFrom") + ">"));
		return environment;
	}

}
