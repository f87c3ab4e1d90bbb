package io.todoplatform.notifications.adapter.out.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.RecordedEvents;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Webhook destinations through the whole application with the production rules
 * (development off): refused when saved, and refused again when a reminder is sent if the
 * host then resolves to a private address. Host names resolve through a table the test
 * controls, as an attacker's DNS server would answer.
 */
@ApiTest
@TestPropertySource(properties = "todo.notifications.webhook.development=false")
class WebhookDestinationsIntegrationTests {

	private static final String SETTINGS = "/api/v1/me/notification-settings";

	private static final String SECRET = "0123456789abcdef";

	@TestConfiguration(proxyBeanMethods = false)
	static class Dns {

		@Bean
		@Primary
		HostTable testHostTable() {
			return new HostTable();
		}

	}

	@Autowired
	WebTestClient web;

	@Autowired
	HostTable dns;

	@Autowired
	RecordedEvents events;

	Api api;

	User user;

	@BeforeEach
	void userWithAnEmailAddress() {
		api = new Api(web);
		user = api.newUser();
		api.settings(user, Map.of("email", user.name() + "@example.test"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://hooks.example.test/r", "http://127.0.0.1:8080/r", "https://127.0.0.1/r",
			"https://[::1]/r", "https://0.0.0.0/r", "https://[::]/r", "https://2130706433/r", "https://0x7f.1/r",
			"https://0177.0.0.1/r", "https://10.0.0.1/r", "https://172.16.0.1/r", "https://192.168.0.1/r",
			"https://100.64.0.1/r", "https://169.254.169.254/latest/meta-data/", "https://[fe80::1]/r",
			"https://[fd00:ec2::254]/r", "https://[ff02::1]/r", "https://224.0.0.1/r",
			"https://[::ffff:169.254.169.254]/r", "https://[::ffff:10.0.0.1]/r", "https://metadata.google.internal/",
			"https://localhost/r", "https://hooks/r" })
	void aWebhookThatIsNotAnHttpsUrlOfAPublicHostIsRefusedWhenSavedAndNothingChanges(String url) {
		put(List.of(Map.of("type", "fcm", "token", "t0k"), webhook(url))).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:invalid-request")
			.jsonPath("$.invalid-params[0].name")
			.isEqualTo("push[1].url")
			.jsonPath("$.invalid-params.length()")
			.isEqualTo(1);

		web.get()
			.uri(SETTINGS)
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.push.length()")
			.isEqualTo(0);
	}

	@Test
	void credentialsInAWebhookUrlAreRefusedAndNeverEchoed() {
		var answer = put(List.of(webhook("https://ada:s3cr3t-pw@hooks.example.test/r"))).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(answer).contains("push[0].url", "must not contain a user name or password")
			.doesNotContain("s3cr3t-pw")
			.doesNotContain("ada:");
		web.get()
			.uri(SETTINGS)
			.headers(user)
			.exchange()
			.expectBody(String.class)
			.value(settings -> assertThat(settings).doesNotContain("s3cr3t-pw"));
	}

	@Test
	void aHostThatResolvesToAPrivateAddressWhenTheReminderIsSentFailsItOnceWithoutRetries() {
		var host = "rebound-" + System.nanoTime() + ".example.test";
		// Saved: a name that looks public is not looked up then, only when it is called.
		api.settings(user, Map.of("push", List.of(webhook("https://" + host + "/hooks/todo"))));
		dns.point(host, "93.184.215.14", "10.0.0.7");
		var taskId = api.createId(user, Map.of("title", "Rebound", "reminders",
				List.of(Map.of("at", Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS).toString()))));

		// The reminder exists only once the task event reached notifications: until then
		// there is nothing to read.
		var failed = Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> api.reminders(user, taskId).stream().findFirst().orElse(Map.of()),
					reminder -> "FAILED".equals(reminder.get("status")));

		assertThat((String) failed.get("lastError")).startsWith("webhook")
			.contains(host + " is not on the public internet")
			.doesNotContain("10.0.0.7");
		assertThat(dns.lookups(host)).as("a refused destination is not retried").isEqualTo(1);
		events.awaitAbout((String) failed.get("id"),
				received -> received.stream().anyMatch(event -> event.type().equals("alert.failed")));
	}

	private WebTestClient.ResponseSpec put(List<Map<String, String>> push) {
		return web.put()
			.uri(SETTINGS)
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("push", push))
			.exchange();
	}

	private static Map<String, String> webhook(String url) {
		return Map.of("type", "webhook", "url", url, "secret", SECRET);
	}

}
