package io.todoplatform.events;

import java.time.Instant;
import java.util.UUID;

import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * With an app API token configured, only the app's own sidecar (which sends the token)
 * may deliver events.
 */
@ApiTest
@TestPropertySource(properties = { "todo.events.transport=dapr", "todo.events.dapr.app-api-token=s3cret-token" })
class DaprAppApiTokenIntegrationTests {

	@Autowired
	WebTestClient web;

	@Autowired
	JsonMapper json;

	@Test
	void deliveriesWithoutTheTokenOrWithAnotherAreRefusedAndWithItAccepted() {
		// Only the test recorder reads alert.sent, and it takes any data.
		var event = json.writeValueAsString(CloudEvent.of("/todo-platform/notifications", "alert.sent",
				UUID.randomUUID().toString(), Instant.now(), "someone", null, json.readTree("{}")));

		deliver(event, null).expectStatus().isUnauthorized();
		deliver(event, "s3cret-tokeN").expectStatus().isUnauthorized();
		deliver(event, "s3cret-token").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SUCCESS");
	}

	private WebTestClient.ResponseSpec deliver(String event, String token) {
		return web.post()
			.uri("/events/alerts")
			.contentType(MediaType.parseMediaType("application/cloudevents+json"))
			.headers(headers -> {
				if (token != null) {
					headers.set("dapr-api-token", token);
				}
			})
			.bodyValue(event)
			.exchange();
	}

}
