package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.todoplatform.distributed.App;
import io.todoplatform.distributed.DistributedTopology;
import io.todoplatform.distributed.TopologyOptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards and alerts against the running platform: the distributed topology (the
 * three app-ids and their sidecars, Kafka, PostgreSQL, the Dapr scheduler) under a
 * {@link ShortLoad}, scraped every second by a real Prometheus with the target labels of
 * the metric contract ({@code namespace}, {@code app_id}, {@code pod}) and
 * {@code alerts.yaml} as its rules. Every rule evaluates without error, every dashboard
 * query returns data and every series an alert selects exists: no panel stays empty and
 * no alert stays silent because of a misspelt metric or label. docs/adr/0034.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusQueriesE2ETests {

	private static final String NAMESPACE = "todo";

	/**
	 * Selectors of alerts that cannot match here, and why. Keep it tiny: each entry is a
	 * query nobody has seen return data.
	 */
	private static final Map<String, String> NO_DATA_HERE = Map.of();

	/**
	 * Generous: the event gauges are refreshed every 15 s, and two cores run nine
	 * processes.
	 */
	private static final Duration DATA = Duration.ofMinutes(4);

	private DistributedTopology topology;

	private PrometheusServer prometheus;

	@BeforeAll
	void startTheTopologyAndPrometheusAndRunTheLoad() {
		// First: a cold build takes minutes.
		var tools = PrometheusTools.locate();
		topology = DistributedTopology
			.start(TopologyOptions.forTests("prometheus").withEnvironment(ShortLoad.environment()));
		prometheus = PrometheusServer.start(tools, topology.folder().resolve("prometheus"), scrapeConfiguration());
		var began = System.nanoTime();
		new ShortLoad(topology).run();
		System.out.printf("Short load done in %.1f s%n", (System.nanoTime() - began) / 1e9);
	}

	@AfterAll
	void stop() {
		if (prometheus != null) {
			prometheus.close();
		}
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	void everyAppAndSidecarIsScrapedWithTheContractsTargetLabels() {
		var apps = awaitData(List.of("up{job=\"todo-platform\"} == 1", "up{job=\"daprd\"} == 1"), result -> result,
				query -> query);
		var ids = topology.apps().stream().map(app -> app.process().appId()).toList();

		assertThat(apps.get("up{job=\"todo-platform\"} == 1"))
			.extracting(series -> series.path("metric").path("app_id").asString())
			.containsExactlyInAnyOrderElementsOf(ids);
		assertThat(apps.values()).allSatisfy(result -> assertThat(result)
			.allSatisfy(series -> assertThat(series.path("metric").path("namespace").asString()).isEqualTo(NAMESPACE))
			.allSatisfy(series -> assertThat(series.path("metric").path("pod").asString()).isIn(ids)));
	}

	@Test
	void everyRuleEvaluatesWithoutError() {
		var health = new LinkedHashMap<String, String>();
		var deadline = System.nanoTime() + DATA.toNanos();
		do {
			health.clear();
			for (var group : prometheus.rules().path("groups")) {
				for (var rule : group.path("rules")) {
					var error = rule.path("lastError").asString("");
					health.put(rule.path("name").asString(),
							rule.path("health").asString() + (error.isEmpty() ? "" : ": " + error));
				}
			}
		}
		while (health.values().stream().anyMatch(status -> status.startsWith("unknown"))
				&& pause(System.nanoTime() < deadline));

		assertThat(health.keySet())
			.containsExactlyInAnyOrderElementsOf(Monitoring.alerts().stream().map(Monitoring.Alert::name).toList());
		assertThat(health).allSatisfy((rule, status) -> assertThat(status).as(rule).isEqualTo("ok"));
	}

	@Test
	void everyDashboardQueryReturnsData() {
		var queries = Monitoring.dashboardQueries();
		var results = awaitData(queries, Monitoring.Query::concrete, Monitoring.Query::toString);

		assertThat(queries).hasSizeGreaterThan(20);
		assertThat(empty(results)).as("dashboard queries without data").isEmpty();
	}

	/**
	 * An alert's expression is a threshold and is rightly empty while all is well; each
	 * series it selects must exist, though, and the whole expression must evaluate.
	 */
	@Test
	void everySeriesAnAlertSelectsHasData() {
		var selectors = new LinkedHashSet<String>();
		for (var alert : Monitoring.alerts()) {
			prometheus.query(alert.expr());
			selectors.addAll(vectorSelectors(prometheus.parse(alert.expr())));
		}
		assertThat(selectors).as("selectors excused from data").containsAll(NO_DATA_HERE.keySet());
		selectors.removeAll(NO_DATA_HERE.keySet());
		var results = awaitData(List.copyOf(selectors), selector -> selector, selector -> selector);

		assertThat(selectors).hasSizeGreaterThan(15);
		assertThat(empty(results)).as("series selected by alerts without data").isEmpty();
	}

	/**
	 * What daprd reports about a message it moved to the dead-letter twin of a topic: an
	 * ingress with process_status "drop" (dapr/dapr 1.18.3,
	 * pkg/runtime/subscription/subscription.go, after sendToDeadLetter), which the
	 * dashboards and TodoPlatformEventsDeadLettered count.
	 */
	@Test
	void daprdCountsAMessageMovedToTheDeadLetterTopicAsADroppedIngress() {
		var query = "sum by (app_id) (dapr_component_pubsub_ingress_count{namespace=\"todo\", topic=\"task-operations\", process_status=\"drop\"}) >= 1";
		var dropped = awaitData(List.of(query), q -> q, q -> q).get(query);

		// Both app-ids that subscribe to task-operations met the message that is no
		// CloudEvent.
		assertThat(dropped).extracting(series -> series.path("metric").path("app_id").asString())
			.containsExactlyInAnyOrder("recurrence", "notifications");
	}

	/**
	 * Polls every query still without data until each has some or the deadline passes;
	 * each query's last result, by {@code name}.
	 */
	private <Q> Map<String, List<JsonNode>> awaitData(List<Q> queries, Function<Q, String> promql,
			Function<Q, String> name) {
		var results = new LinkedHashMap<String, List<JsonNode>>();
		queries.forEach(query -> results.put(name.apply(query), List.of()));
		var deadline = System.nanoTime() + DATA.toNanos();
		do {
			for (var query : queries) {
				if (results.get(name.apply(query)).isEmpty()) {
					var result = new ArrayList<JsonNode>();
					prometheus.query(promql.apply(query)).path("result").forEach(result::add);
					results.put(name.apply(query), result);
				}
			}
		}
		while (!empty(results).isEmpty() && pause(System.nanoTime() < deadline));
		return results;
	}

	private static Set<String> empty(Map<String, List<JsonNode>> results) {
		var empty = new LinkedHashSet<String>();
		results.forEach((query, result) -> {
			if (result.isEmpty()) {
				empty.add(query);
			}
		});
		return empty;
	}

	/**
	 * The series selectors of a query's syntax tree ({@code /api/v1/parse_query}: vector
	 * selectors, and range selectors, which carry their matchers themselves), each as an
	 * instant query of its own with every matcher, the metric name among them.
	 */
	static Set<String> vectorSelectors(JsonNode node) {
		var selectors = new LinkedHashSet<String>();
		if (Set.of("vectorSelector", "matrixSelector").contains(node.path("type").asString(""))) {
			var matchers = new ArrayList<String>();
			node.path("matchers")
				.forEach(matcher -> matchers.add(matcher.path("name").asString() + matcher.path("type").asString()
						+ quoted(matcher.path("value").asString())));
			selectors.add("{" + String.join(", ", matchers) + "}");
		}
		else if (node.isContainer()) {
			node.forEach(child -> selectors.addAll(vectorSelectors(child)));
		}
		return selectors;
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * What Prometheus scrapes: every app's management port and every sidecar's metrics
	 * port, each second, with the labels a ServiceMonitor gives them in a cluster.
	 */
	private String scrapeConfiguration() {
		var apps = new StringBuilder();
		var sidecars = new StringBuilder();
		for (App app : topology.apps()) {
			var pod = app.process().process().name().substring("app-".length());
			apps.append(target(app.process().managementUrl().substring("http://".length()), NAMESPACE, pod,
					app.process().appId()));
			// daprd's series carry their own app_id.
			sidecars.append(target("127.0.0.1:" + app.sidecar().metricsPort(), NAMESPACE, pod, null));
		}
		return """
				global:
				  scrape_interval: 1s
				  scrape_timeout: 1s
				  evaluation_interval: 1s
				rule_files: ["%s"]
				scrape_configs:
				  - job_name: todo-platform
				    metrics_path: /actuator/prometheus
				    static_configs:
				%s
				  - job_name: daprd
				    metrics_path: /
				    static_configs:
				%s
				""".formatted(Monitoring.ALERTS, apps, sidecars);
	}

	private static String target(String address, String namespace, String pod, @Nullable String appId) {
		return "      - targets: [\"%s\"]\n        labels: {namespace: %s, pod: %s%s}\n".formatted(address, namespace,
				pod, appId == null ? "" : ", app_id: " + appId);
	}

	private static boolean pause(boolean goOn) {
		if (goOn) {
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return goOn;
	}

}
