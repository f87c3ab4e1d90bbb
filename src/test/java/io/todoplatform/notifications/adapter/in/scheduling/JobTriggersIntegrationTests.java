package io.todoplatform.notifications.adapter.in.scheduling;

import java.time.Instant;
import java.util.UUID;

import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the sidecar may bring to {@code POST /job/{name}}, and what the app answers so
 * that the job's failure policy does the right thing.
 */
@ApiTest
@TestPropertySource(properties = { "todo.notifications.scheduler=dapr", "todo.events.dapr.app-api-token=job-token" })
class JobTriggersIntegrationTests {

	@Autowired
	WebTestClient web;

	@Test
	void aTriggerWithoutTheSidecarsTokenIsRefused() {
		trigger("reminder-" + UUID.randomUUID(), "{}", null).expectStatus().isUnauthorized();
		trigger("reminder-" + UUID.randomUUID(), "{}", "another").expectStatus().isUnauthorized();
	}

	@Test
	void aJobThatIsNotAReminderIsNotRetried() {
		var id = UUID.randomUUID();
		trigger("cleanup", data(id), "job-token").expectStatus().isNotFound();
		trigger("reminder-" + id, "not json", "job-token").expectStatus().isNotFound();
		trigger("reminder-" + id, "{\"reminderId\":\"" + id + "\"}", "job-token").expectStatus().isNotFound();
		trigger("reminder-" + UUID.randomUUID(), data(id), "job-token").expectStatus().isNotFound();
	}

	@Test
	void aTriggerForAReminderThatNoLongerWaitsIsDone() {
		var id = UUID.randomUUID();
		trigger("reminder-" + id, data(id), "job-token").expectStatus().isOk();
	}

	private static String data(UUID id) {
		return "{\"reminderId\":\"" + id + "\",\"fireAt\":\"" + Instant.now() + "\"}";
	}

	private WebTestClient.ResponseSpec trigger(String name, String body, String token) {
		return web.post().uri("/job/{name}", name).contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			if (token != null) {
				headers.set("dapr-api-token", token);
			}
		}).bodyValue(body).exchange();
	}

}
