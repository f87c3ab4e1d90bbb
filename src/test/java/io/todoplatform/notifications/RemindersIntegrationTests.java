package io.todoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.support.Api;
import io.todoplatform.support.Api.User;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.EventSchemas;
import io.todoplatform.support.MailServer;
import io.todoplatform.support.Prometheus;
import io.todoplatform.support.RecordedEvents;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders in the local mode: in-memory timers, real embedded PostgreSQL, real SMTP.
 */
@ApiTest
class RemindersIntegrationTests {

	/** The page needs nothing but itself, and posts its buttons back to itself. */
	private static final String STRICT_PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final Pattern SNOOZE_LINK = Pattern.compile("http://[^\\s\"<>]+/notifications/snooze\\?[^\\s\"<>]+");

	@Autowired
	WebTestClient web;

	@Autowired
	RecordedEvents events;

	@Autowired
	JsonMapper json;

	Api api;

	User user;

	String email;

	@BeforeEach
	void userWithEmail() {
		api = new Api(web);
		user = api.newUser();
		email = user.name() + "@example.test";
		api.settings(user, Map.of("email", email));
	}

	@Test
	void aReminderArrivesByEmailOnceWithTheTaskAndASnoozeLink() throws Exception {
		var fireAt = soon(3);
		var taskId = api.createId(user, Map.of("title", "Call <Anna>", "dueAt", "2026-12-01T08:00:00Z", "timeZone",
				"Europe/Berlin", "reminders", List.of(Map.of("at", fireAt.toString()))));

		var mail = awaitOneMail();
		Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(3))
			.until(() -> MailServer.to(email).size() == 1);

		assertThat(mail.getSubject()).isEqualTo("Reminder: Call <Anna>");
		var text = content(mail);
		assertThat(text).contains("/api/v1/tasks/" + taskId)
			.contains("1 December 2026")
			.contains("09:00")
			.containsPattern(SNOOZE_LINK);
		// The mail leaves before the reminder is recorded SENT: wait for the record too.
		var reminder = awaitStatus(taskId, "SENT");
		assertThat(reminder).containsEntry("status", "SENT")
			.containsEntry("fireAt", fireAt.toString())
			.containsEntry("rule", Map.of("at", fireAt.toString()));
		assertThat(Instant.parse((String) reminder.get("sentAt"))).isAfterOrEqualTo(fireAt);
		var alerts = events.awaitAbout((String) reminder.get("id"),
				received -> received.stream().anyMatch(event -> event.type().equals("alert.sent")));
		assertThat(alerts).extracting(CloudEvent::type).startsWith("alert.scheduled");
		alerts.forEach(event -> assertThat(EventSchemas.violations(event.type(), json.valueToTree(event))).isEmpty());
	}

	@Test
	void aReminderDeliveredByEmailIsCountedAndItsLatenessTimed() {
		var before = Prometheus.scrape(web);
		var taskId = api.createId(user,
				Map.of("title", "Timed", "reminders", List.of(Map.of("at", soon(2).toString()))));

		awaitOneMail();
		awaitStatus(taskId, "SENT");

		var after = Prometheus.scrape(web);
		assertThat(Prometheus.value(after, "todo_reminders_lateness_seconds_count", "channel", "email").orElse(0))
			.isGreaterThan(
					Prometheus.value(before, "todo_reminders_lateness_seconds_count", "channel", "email").orElse(0));
		assertThat(Prometheus.value(after, "todo_reminders_lateness_seconds_bucket", "channel", "email", "le", "+Inf"))
			.isPresent();
		assertThat(Prometheus.value(after, "todo_reminders_deliveries_total", "channel", "email", "outcome", "sent")
			.orElse(0)).isGreaterThan(
					Prometheus.value(before, "todo_reminders_deliveries_total", "channel", "email", "outcome", "sent")
						.orElse(0));
		assertThat(
				Prometheus.value(after, "todo_reminders_deliveries_total", "channel", "webhook", "outcome", "failed"))
			.isPresent();
	}

	@Test
	void completingTheTaskBeforeItsReminderFiresCancelsIt() {
		var taskId = api.createId(user,
				Map.of("title", "Cancelled", "reminders", List.of(Map.of("at", soon(3).toString()))));

		api.complete(user, taskId);

		awaitStatus(taskId, "CANCELLED");
		Awaitility.await()
			.during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(5))
			.until(() -> MailServer.to(email).isEmpty());
	}

	@Test
	void movingTheDueTimeMovesTheReminder() {
		var due = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		var taskId = api.createId(user,
				Map.of("title", "Moved", "dueAt", due.toString(), "reminders", List.of(Map.of("before", "PT1H"))));
		// The reminder exists once the task's event has reached the notifications module.
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> due.minus(Duration.ofHours(1)).toString().equals(single(taskId).get("fireAt")));

		var newFireAt = soon(3);
		api.patch(user, taskId, Map.of("dueAt", newFireAt.plus(Duration.ofHours(1)).toString()));

		awaitOneMail();
		// The mail leaves before the reminder is recorded SENT: wait for the record too.
		var sent = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> single(taskId), reminder -> "SENT".equals(reminder.get("status")));
		assertThat(sent).containsEntry("fireAt", newFireAt.toString());
	}

	@Test
	void theNextOccurrenceOfARecurringTaskGetsItsReminders() {
		var created = api.startSeries(user, Map.of("title", "Morning run", "rrule", "FREQ=DAILY", "dtstart",
				"2027-03-27T09:00:00", "timeZone", "Europe/Berlin"));
		var first = awaitFirstTask((String) created.get("firstTaskId"));
		api.patch(user, first, Map.of("reminders", List.of(Map.of("before", "PT30M"))));

		api.complete(user, first);

		var seriesId = ((Map<?, ?>) created.get("series")).get("id");
		var next = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> api.occurrences(user, seriesId), occurrences -> occurrences.size() == 2)
			.get(1);
		// 2027-03-28 is the day clocks go forward in Berlin: 09:00 is 07:00Z there.
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> api.reminders(user, next.get("id")),
					reminders -> reminders.size() == 1 && "2027-03-28T06:30:00Z".equals(reminders.get(0).get("fireAt"))
							&& "SCHEDULED".equals(reminders.get(0).get("status")));
	}

	@Test
	void aReminderCanBeSnoozedThroughTheApi() {
		var taskId = api.createId(user,
				Map.of("title", "Snooze me", "reminders", List.of(Map.of("at", soon(1).toString()))));
		awaitOneMail();
		var id = single(taskId).get("id");

		var snoozed = snooze(user, id, "PT10M").expectStatus()
			.isOk()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();

		assertThat(snoozed).containsEntry("status", "SCHEDULED");
		assertThat(Duration.between(Instant.now(), Instant.parse((String) snoozed.get("fireAt"))))
			.isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
		snooze(user, id, "PT5S").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.invalid-params[0].name")
			.isEqualTo("for");
		snooze(api.newUser(), id, "PT10M").expectStatus().isNotFound();
		snooze(user, "not-a-uuid", "PT10M").expectStatus().isNotFound();
	}

	@Test
	void theSnoozeLinkInTheEmailWorksOnceWithoutSigningIn() throws Exception {
		var taskId = api.createId(user,
				Map.of("title", "Link", "reminders", List.of(Map.of("at", soon(1).toString()))));
		var matcher = SNOOZE_LINK.matcher(content(awaitOneMail()));
		assertThat(matcher.find()).isTrue();
		var link = URI.create(matcher.group().replace("&amp;", "&"));
		var query = UriComponentsBuilder.fromUri(link).build().getQueryParams();

		web.get()
			.uri(link.getRawPath() + "?" + link.getRawQuery())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", STRICT_PAGE_POLICY)
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("<form method=\"post\"")
				.doesNotContain("<script", "<style", "style=", " action="));
		awaitStatus(taskId, "SENT");

		var form = new LinkedMultiValueMap<String, String>();
		query.forEach((name, values) -> form.add(name, values.get(0)));
		form.add("for", "PT1H");
		postForm(link.getRawPath(), form).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", STRICT_PAGE_POLICY)
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer");
		assertThat(single(taskId)).containsEntry("status", "SCHEDULED");
		postForm(link.getRawPath(), form).expectStatus().isEqualTo(410);

		form.set("sig", "forged");
		postForm(link.getRawPath(), form).expectStatus().isBadRequest();
	}

	@Test
	void aChannelThatKeepsFailingEndsInFailedAndADeadLetterWhileOtherRemindersFlow() {
		api.settings(user, Map.of("email", email, "push", List
			.of(Map.of("type", "webhook", "url", "http://127.0.0.1:9/hooks/never", "secret", "0123456789abcdef"))));
		var other = api.newUser();
		var otherEmail = other.name() + "@example.test";
		api.settings(other, Map.of("email", otherEmail));
		var fireAt = soon(2).toString();
		var failing = api.createId(user, Map.of("title", "Half", "reminders", List.of(Map.of("at", fireAt))));
		var fine = api.createId(other, Map.of("title", "Whole", "reminders", List.of(Map.of("at", fireAt))));

		var reminder = awaitStatus(failing, "FAILED");
		assertThat((String) reminder.get("lastError")).startsWith("webhook");
		assertThat(MailServer.to(email)).hasSize(1);
		events.awaitAbout((String) reminder.get("id"),
				received -> received.stream().anyMatch(event -> event.type().equals("alert.failed")));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> "SENT".equals(api.reminders(other, fine).get(0).get("status")));
		assertThat(MailServer.to(otherEmail)).hasSize(1);
	}

	@Test
	void settingsAreValidatedAndSecretsNeverShownBack() {
		web.put()
			.uri("/api/v1/me/notification-settings")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", "not an address", "push",
					List.of(Map.of("type", "webhook", "url", "ftp://example.test"), Map.of("type", "pager"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.invalid-params[*].name")
			.value(names -> assertThat(names).asString()
				.contains("email", "push[0].url", "push[0].secret", "push[1].type"));
		api.settings(user,
				Map.of("email", email, "push", List.of(
						Map.of("type", "webhook", "url", "https://hooks.example.test/r", "secret", "0123456789abcdef"),
						Map.of("type", "fcm", "token", "t0k"))));

		web.get()
			.uri("/api/v1/me/notification-settings")
			.headers(user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("https://hooks.example.test/r", "t0k").doesNotContain("0123"));
	}

	private WebTestClient.ResponseSpec snooze(User who, Object id, String duration) {
		return web.post()
			.uri("/api/v1/reminders/{id}/snooze", id)
			.headers(who)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("for", duration))
			.exchange();
	}

	private WebTestClient.ResponseSpec postForm(String path, LinkedMultiValueMap<String, String> form) {
		return web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private String awaitFirstTask(String taskId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> web.get()
				.uri("/api/v1/tasks/{id}", taskId)
				.headers(user)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.is2xxSuccessful());
		return taskId;
	}

	private MimeMessage awaitOneMail() {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> MailServer.to(email), mails -> mails.size() == 1)
			.get(0);
	}

	/**
	 * The task's one reminder once it has the status; it is created and recorded
	 * asynchronously.
	 */
	private Map<String, Object> awaitStatus(Object taskId, String status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> single(taskId), reminder -> status.equals(reminder.get("status")));
	}

	private Map<String, Object> single(Object taskId) {
		var reminders = api.reminders(user, taskId);
		assertThat(reminders).hasSize(1);
		return reminders.get(0);
	}

	/** An instant a few seconds ahead, to the millisecond, as the API keeps it. */
	private static Instant soon(int seconds) {
		return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
	}

	/** The decoded text of every part of a message. */
	private static String content(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			var text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(content(multipart.getBodyPart(i))).append('\n');
			}
			return text.toString();
		}
		return String.valueOf(part.getContent());
	}

}
