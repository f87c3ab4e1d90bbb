package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import io.todoplatform.support.Api;
import io.todoplatform.support.ModuleProcess;
import io.todoplatform.support.Prometheus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * In the distributed profiles actuator lives on a management port of its own, with only
 * the probes and the metrics; the API port, which is the one exposed, serves none of it.
 * (The local mode keeps actuator on its one port, see
 * {@link OperationsIntegrationTests}.)
 */
class ManagementPortIntegrationTests {

	private static ConfigurableApplicationContext tasks;

	private static WebTestClient api;

	private static WebTestClient management;

	@BeforeAll
	static void start() {
		tasks = ModuleProcess.start("tasks", ModuleProcess.WITH_TOKEN);
		api = Api.of(tasks).web();
		management = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + tasks.getEnvironment().getProperty("local.management.port"))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20))
			.build();
	}

	@AfterAll
	static void stop() {
		tasks.close();
	}

	@Test
	void theManagementPortAnswersLivenessReadinessAndPrometheus() {
		management.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		management.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		api.get().uri("/api/v1/tags").exchange().expectStatus().isUnauthorized();

		var metrics = management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("http_server_requests_seconds_bucket").contains("r2dbc_pool");
		// The events' metrics of this module, their topics the Dapr topics
		// (docs/metrics.md).
		assertThat(Prometheus.value(metrics, "todo_events_handled_total", "consumer", "tasks.series-requests", "topic",
				"recurrence-operations", "outcome", "handled"))
			.isPresent();
		assertThat(Prometheus.value(metrics, "todo_events_backlog", "schema", "tasks", "queue", "outbox")).isPresent();
		assertThat(Prometheus.value(metrics, "todo_events_backlog", "schema", "recurrence", "queue", "outbox"))
			.isEmpty();
	}

	@Test
	void theManagementPortExposesNothingButHealthAndPrometheus() {
		for (var endpoint : new String[] { "info", "env", "beans", "configprops", "loggers", "metrics", "heapdump" }) {
			management.get().uri("/actuator/" + endpoint).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void theApiPortAnswers404ForEveryActuatorPath() {
		for (var path : new String[] { "/actuator", "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness", "/actuator/prometheus", "/actuator/info", "/actuator/env" }) {
			api.get().uri(path).exchange().expectStatus().isNotFound();
		}
	}

}
