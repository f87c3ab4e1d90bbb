package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Prometheus;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What operators and API consumers rely on besides the API itself.
 */
@ApiTest
class OperationsIntegrationTests {

	@Autowired
	WebTestClient web;

	@Test
	void livenessAndReadinessProbesAreUp() {
		web.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void prometheusMetricsIncludeHttpServerTimings() {
		var api = new Api(web);
		api.list(api.newUser(), "").expectStatus().isOk();

		var metrics = Prometheus.scrape(web);

		assertThat(metrics).contains("http_server_requests_seconds_bucket")
			.contains("uri=\"/api/v1/tasks\"")
			.contains("r2dbc_pool");
	}

	@Test
	void prometheusMetricsShowWhoLeadsTheEventsAndHowOldEventsAreWhenHandedOver() {
		var api = new Api(web);
		var user = api.newUser();
		api.createId(user, Map.of("title", "Counted"));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Prometheus.scrape(web)).contains("todo_events_leader{schema=\"tasks\"} 1")
				.containsPattern("todo_events_lag_seconds_count\\{queue=\"outbox\",schema=\"tasks\"} [1-9]")
				.containsPattern("todo_events_lag_seconds_bucket\\{queue=\"inbox\",schema=\"notifications\""));
	}

	@Test
	void theOpenApiDescriptionIsVersion31AndDescribesTheTaskApi() {
		web.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.value(version -> assertThat((String) version).startsWith("3.1"))
			.jsonPath("$.paths['/api/v1/tasks'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/tasks/{id}'].patch")
			.exists();
	}

	@Test
	void theApiDocsCanBeBrowsed() {
		web.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
