package io.todoplatform.notifications.adapter.out.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.notifications.adapter.out.channels.HttpReceiver.Answer;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.FcmProperties;
import io.todoplatform.notifications.domain.Destination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FCM channel against the JDK's HTTP server playing both Google's OAuth2 token
 * endpoint, which only answers a JWT-bearer grant signed with the service account's key,
 * and FCM's {@code messages:send}.
 */
class FcmChannelIntegrationTests {

	private static final String PROJECT = "todo-platform-test";

	private static final String SEND = "/v1/projects/" + PROJECT + "/messages:send";

	private static final JsonMapper json = new JsonMapper();

	private final Destination.Fcm device = new Destination.Fcm("fcm-registration-token-1");

	private final ServiceAccount account = new ServiceAccount();

	private final HttpReceiver google;

	private Path keyFile;

	private FcmChannel channel;

	FcmChannelIntegrationTests() throws IOException {
		google = new HttpReceiver();
		google.answer("/token", account::tokenEndpoint);
	}

	@BeforeEach
	void serviceAccount(@TempDir Path dir) throws IOException {
		keyFile = dir.resolve("service-account.json");
		Files.writeString(keyFile, account.keyFile(PROJECT, google.uri("/token")));
		channel = channel(new FcmProperties(google.uri("/"), PROJECT, keyFile));
	}

	@AfterEach
	void stop() {
		google.close();
	}

	@Test
	void aReminderIsPushedToTheProjectWithAnAccessTokenFromTheServiceAccount() throws Exception {
		google.answer(SEND, Answer.json(200, "{\"name\":\"projects/" + PROJECT + "/messages/0:1\"}"));

		channel.send(Notices.dueAt("Call \"Bob\"", Instant.parse("2026-12-01T08:00:00Z")), device).block();

		var grant = ServiceAccount.form(google.next());
		assertThat(grant).containsEntry("grant_type", ServiceAccount.JWT_BEARER);
		var claims = ServiceAccount.claims(grant.get("assertion"));
		assertThat(claims).isNotNull();
		assertThat(claims.path("iss").asString()).isEqualTo(ServiceAccount.EMAIL);
		// The library names Google's token endpoint as the audience even when the key's
		// token_uri is another.
		assertThat(claims.path("aud").asString()).isEqualTo("https://oauth2.googleapis.com/token");
		assertThat(claims.path("scope").asString()).isEqualTo("https://www.googleapis.com/auth/firebase.messaging");
		var push = google.next();
		assertThat(push.method()).isEqualTo("POST");
		assertThat(push.uri().getPath()).isEqualTo(SEND);
		assertThat(push.headers().getFirst("Authorization")).isEqualTo("Bearer ya29.token-1");
		assertThat(push.headers().getFirst("Content-Type")).isEqualTo("application/json");
		assertThat(json.readTree(push.body())).isEqualTo(json.readTree("""
				{"message": {
				  "token": "fcm-registration-token-1",
				  "notification": {"title": "Reminder: Call \\"Bob\\"",
				    "body": "Due Tuesday, 1 December 2026, 09:00 (Europe/Berlin)"},
				  "data": {"reminderId": "%s", "fireAt": "2026-12-01T07:45:00Z", "taskId": "%s",
				    "taskLink": "%s", "snoozeLink": "%s"},
				  "android": {"priority": "high"},
				  "apns": {"headers": {"apns-priority": "10"}}}}
				""".formatted(Notices.REMINDER, Notices.TASK, Notices.TASK_LINK, Notices.SNOOZE_LINK)));
	}

	@Test
	void withoutADueTimeTheNotificationSaysTheTitle() throws Exception {
		google.answer(SEND, Answer.json(200, "{}"));

		channel.send(Notices.undated("Water the plants"), device).block();

		google.next();
		var notification = json.readTree(google.next().body()).path("message").path("notification");
		assertThat(notification.path("title").asString()).isEqualTo("Reminder: Water the plants");
		assertThat(notification.path("body").asString()).isEqualTo("Water the plants");
	}

	@Test
	void theAccessTokenIsKeptUntilItExpires() throws Exception {
		google.answer(SEND, Answer.json(200, "{}"));

		channel.send(Notices.undated("Call"), device).block();
		channel.send(Notices.undated("Call"), device).block();

		assertThat(google.next().uri().getPath()).isEqualTo("/token");
		assertThat(google.next().headers().getFirst("Authorization")).isEqualTo("Bearer ya29.token-1");
		assertThat(google.next().headers().getFirst("Authorization")).isEqualTo("Bearer ya29.token-1");
		assertThat(account.tokensIssued()).isEqualTo(1);
	}

	@Test
	void anAccessTokenFcmRefusesIsReplacedOnTheNextAttempt() throws Exception {
		var pushes = new AtomicInteger();
		google.answer(SEND,
				request -> pushes.incrementAndGet() == 1
						? Answer.json(401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}")
						: Answer.json(200, "{}"));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.isInstanceOf(WebClientResponseException.Unauthorized.class);
		channel.send(Notices.undated("Call"), device).block();

		assertThat(account.tokensIssued()).isEqualTo(2);
		google.next();
		assertThat(google.next().headers().getFirst("Authorization")).isEqualTo("Bearer ya29.token-1");
		google.next();
		assertThat(google.next().headers().getFirst("Authorization")).isEqualTo("Bearer ya29.token-2");
	}

	@Test
	void aDeviceTokenFcmNoLongerKnowsIsUndeliverable() {
		google.answer(SEND, Answer.json(404, fcmError(404, "NOT_FOUND", "UNREGISTERED")));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.isInstanceOf(UndeliverableException.class)
			.hasMessageContaining("UNREGISTERED");
	}

	@Test
	void aMalformedDeviceTokenOrOneOfAnotherProjectIsUndeliverable() {
		google.answer(SEND, Answer.json(400, fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT")));
		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.isInstanceOf(UndeliverableException.class);

		google.answer(SEND, Answer.json(403, fcmError(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH")));
		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.isInstanceOf(UndeliverableException.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 503, 500, 429 })
	void aBusyOrFailingFcmIsWorthAnotherTry(int status) {
		google.answer(SEND, Answer.json(status, fcmError(status, "UNAVAILABLE", "UNAVAILABLE")));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.isInstanceOf(WebClientResponseException.class)
			.isNotInstanceOf(UndeliverableException.class);
	}

	@Test
	void aTokenEndpointThatRefusesTheGrantIsWorthAnotherTryAndNothingIsPushed() throws Exception {
		google.answer("/token", request -> Answer.json(400, "{\"error\":\"invalid_grant\"}"));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.hasCauseInstanceOf(IOException.class);
		assertThat(google.next().uri().getPath()).isEqualTo("/token");
		assertThat(google.pending()).isZero();
	}

	@Test
	void aTokenEndpointThatIsDownIsAskedOncePerAttempt() throws Exception {
		google.answer("/token", request -> Answer.json(503, "{\"error\":\"unavailable\"}"));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), device).block())
			.hasCauseInstanceOf(IOException.class);
		assertThat(google.next().uri().getPath()).isEqualTo("/token");
		assertThat(google.pending()).isZero();
	}

	@Test
	void withoutAProjectOrAKeyPushIsOff() {
		assertThat(channel.delivers(device)).isTrue();
		assertThat(channel.delivers(new Destination.Email("ada@home.example"))).isFalse();
		assertThat(channel(new FcmProperties(google.uri("/"), null, keyFile)).delivers(device)).isFalse();
		assertThat(channel(new FcmProperties(google.uri("/"), PROJECT, null)).delivers(device)).isFalse();
	}

	@Test
	void aKeyFileThatIsNotAServiceAccountKeyStopsTheStart() throws IOException {
		Files.writeString(keyFile, "{\"type\":\"authorized_user\",\"client_id\":\"x\"}");

		assertThatThrownBy(() -> channel(new FcmProperties(google.uri("/"), PROJECT, keyFile)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("todo.notifications.fcm.credentials-file")
			.hasMessageContaining("is not a Google service-account key");
	}

	private static FcmChannel channel(FcmProperties properties) {
		return new FcmChannel(properties, WebClient.builder(), json);
	}

	private static String fcmError(int code, String status, String errorCode) {
		return """
				{"error": {"code": %d, "message": "FCM says no", "status": "%s", "details": [
				  {"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "%s"}]}}
				""".formatted(code, status, errorCode);
	}

}
