package io.todoplatform.events;

import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The local all-in-one mode has no sidecar, so it has none of the routes a sidecar calls:
 * nothing there can be forged, and no token is needed.
 */
@ApiTest
class NoSidecarRoutesInLocalModeIntegrationTests {

	@Autowired
	WebTestClient web;

	@Test
	void eventDeliveriesJobTriggersAndSubscriptionListsDoNotExist() {
		web.post()
			.uri("/events/recurrence-operations")
			.contentType(MediaType.parseMediaType("application/cloudevents+json"))
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound();
		web.post()
			.uri("/job/reminder-{id}", "8c1f3c38-6d3e-4f57-9a36-1f0b1f1f2a55")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound();
		web.get().uri("/dapr/subscribe").exchange().expectStatus().isNotFound();
	}

}
