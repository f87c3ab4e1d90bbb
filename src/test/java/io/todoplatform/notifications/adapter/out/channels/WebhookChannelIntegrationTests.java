package io.todoplatform.notifications.adapter.out.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.todoplatform.notifications.adapter.out.channels.HttpReceiver.Answer;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.WebhookProperties;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.WebhookRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook channel against the JDK's HTTP server, which checks signatures the way a
 * receiver would.
 */
class WebhookChannelIntegrationTests {

	private static final String SECRET = "whsec-4f1d8c2a9e7b";

	private static final Instant NOW = Instant.parse("2026-12-01T07:45:02Z");

	/** The receivers here are plain HTTP on loopback, which only development allows. */
	private static final WebhookRules DEVELOPMENT = new WebhookRules(true);

	private static final WebhookRules PRODUCTION = new WebhookRules(false);

	private final HttpReceiver receiver;

	private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

	private final HostTable dns = new HostTable();

	private final WebhookChannel channel = channel(Duration.ofSeconds(10), DEVELOPMENT, WebClient.builder());

	private final Destination.Webhook webhook;

	WebhookChannelIntegrationTests() throws IOException {
		receiver = new HttpReceiver();
		webhook = new Destination.Webhook(receiver.uri("/hooks/todo"), SECRET);
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void aReminderIsPostedAsSignedJsonWithItsDeliveryId() throws Exception {
		receiver.answer("/hooks/todo", Answer.empty(204));

		channel.send(Notices.dueAt("Call \"Bob\"", Instant.parse("2026-12-01T08:00:00Z")), webhook).block();

		var request = receiver.next();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
		assertThat(request.headers().getFirst("X-Todo-Timestamp")).isEqualTo("1796111102");
		assertThat(request.headers().getFirst("X-Todo-Delivery")).isEqualTo(Notices.REMINDER + "/2026-12-01T07:45:00Z");
		assertThat(request.text()).isEqualTo("""
				{"type":"reminder","reminderId":"%s","fireAt":"2026-12-01T07:45:00Z","taskId":"%s",\
				"title":"Call \\"Bob\\"","due":"2026-12-01T08:00:00Z","allDay":false,"timeZone":"Europe/Berlin",\
				"taskLink":"%s","snoozeLink":"%s"}""".formatted(Notices.REMINDER, Notices.TASK, Notices.TASK_LINK,
				Notices.SNOOZE_LINK));
		assertThat(request.headers().getFirst("X-Todo-Signature"))
			.isEqualTo("v1=" + hmacSha256Hex(SECRET, "1796111102." + request.text()));
		assertThat(verify(request, NOW)).isTrue();
	}

	@Test
	void aTaskWithoutADueTimeIsSentWithANullDue() throws Exception {
		receiver.answer("/hooks/todo", Answer.empty(200));

		channel.send(Notices.undated("Someday"), webhook).block();

		assertThat(receiver.next().text()).contains("\"due\":null,\"allDay\":false");
	}

	@Test
	void aTamperedBodyAStaleTimestampOrAnotherSecretFailVerification() throws Exception {
		receiver.answer("/hooks/todo", Answer.empty(200));
		channel.send(Notices.undated("Pay rent"), webhook).block();
		var request = receiver.next();
		var timestamp = request.headers().getFirst("X-Todo-Timestamp");
		var signature = request.headers().getFirst("X-Todo-Signature");
		var tampered = request.text().replace("Pay rent", "Pay Mallory").getBytes(StandardCharsets.UTF_8);
		var tolerance = Duration.ofMinutes(5);

		assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), signature, NOW, tolerance)).isTrue();
		assertThat(WebhookSignature.verify(SECRET, timestamp, tampered, signature, NOW, tolerance)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), signature,
				NOW.plus(tolerance).plusSeconds(1), tolerance))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), signature,
				NOW.minus(tolerance).minusSeconds(1), tolerance))
			.isFalse();
		assertThat(WebhookSignature.verify("another-secret", timestamp, request.body(), signature, NOW, tolerance))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1796111103", request.body(), signature, NOW, tolerance)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "soon", request.body(), signature, NOW, tolerance)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), null, NOW, tolerance)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), signature.substring(3), NOW, tolerance))
			.isFalse();
	}

	@Test
	void everyAttemptIsSignedWhenItIsMade() throws Exception {
		receiver.answer("/hooks/todo", Answer.empty(200));
		var delivery = channel.send(Notices.undated("Call"), webhook);

		delivery.block();
		now.set(NOW.plusSeconds(90));
		delivery.block();

		var first = receiver.next();
		var second = receiver.next();
		assertThat(first.headers().getFirst("X-Todo-Timestamp")).isEqualTo("1796111102");
		assertThat(second.headers().getFirst("X-Todo-Timestamp")).isEqualTo("1796111192");
		assertThat(verify(second, NOW.plusSeconds(90))).isTrue();
		assertThat(second.headers().getFirst("X-Todo-Delivery")).isEqualTo(first.headers().getFirst("X-Todo-Delivery"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 503, 429, 408 })
	void aFailingBusyOrSlowReceiverIsWorthAnotherTry(int status) {
		receiver.answer("/hooks/todo", Answer.json(status, "{\"error\":\"later\"}"));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), webhook).block())
			.isInstanceOf(WebClientResponseException.class)
			.isNotInstanceOf(UndeliverableException.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 410, 400, 404, 401, 301 })
	void aReceiverThatRefusesOrRedirectsIsUndeliverable(int status) {
		receiver.answer("/hooks/todo", Answer.empty(status));

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), webhook).block())
			.isInstanceOf(UndeliverableException.class)
			.hasMessageContaining("answered " + status);
	}

	@Test
	void aReceiverThatDoesNotAnswerInTimeIsWorthAnotherTry() {
		receiver.answer("/hooks/todo", request -> {
			sleep(Duration.ofSeconds(2));
			return Answer.empty(200);
		});

		assertThatThrownBy(() -> channel(Duration.ofMillis(300), DEVELOPMENT, WebClient.builder())
			.send(Notices.undated("Call"), webhook)
			.block()).hasCauseInstanceOf(TimeoutException.class);
	}

	@Test
	void aReceiverOutOfReachIsWorthAnotherTry() throws IOException {
		int closed;
		try (var socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		var away = new Destination.Webhook(URI.create("http://127.0.0.1:" + closed + "/hooks/todo"), SECRET);

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), away).block())
			.isInstanceOf(WebClientRequestException.class);
	}

	@Test
	void itDeliversToWebhooksOnly() {
		assertThat(channel.delivers(webhook)).isTrue();
		assertThat(channel.delivers(new Destination.Email("ada@home.example"))).isFalse();
	}

	@Test
	void aRedirectIsNotFollowedEvenWhenTheApplicationsClientWouldFollowIt() throws Exception {
		receiver.answer("/hooks/todo", request -> new Answer(307, "text/plain", ""));
		receiver.answer("/elsewhere", Answer.empty(200));
		// Boot's WebClient.Builder follows redirects by default; a 307 would repeat the
		// signed POST there.
		var following = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create().followRedirect(true)));
		var redirected = new Destination.Webhook(receiver.uri("/hooks/todo"), SECRET);

		assertThatThrownBy(
				() -> channel(Duration.ofSeconds(10), DEVELOPMENT, following).send(Notices.undated("Call"), redirected)
					.block())
			.isInstanceOf(UndeliverableException.class)
			.hasMessageContaining("answered 307");
		assertThat(receiver.next().uri().getPath()).isEqualTo("/hooks/todo");
		assertThat(receiver.pending()).isZero();
	}

	@Test
	void aNameThatResolvesToAPrivateAddressIsRefusedWhenSendingWithoutConnecting() {
		dns.point("hooks.example.test", "93.184.215.14", "10.0.0.7");
		var production = channel(Duration.ofSeconds(10), PRODUCTION, WebClient.builder());

		assertThatThrownBy(() -> production
			.send(Notices.undated("Call"),
					new Destination.Webhook(URI.create("https://hooks.example.test/todo"), SECRET))
			.block()).isInstanceOf(UndeliverableException.class)
			.hasMessageContaining("hooks.example.test is not on the public internet")
			.hasMessageNotContaining("10.0.0.7");
		assertThat(dns.lookups("hooks.example.test")).isEqualTo(1);
	}

	@Test
	void eachDeliveryConnectsToTheAddressItCheckedSoDnsRebindingIsRefused() throws Exception {
		receiver.answer("/hooks/todo", Answer.empty(204));
		var rebinding = new Destination.Webhook(
				URI.create("http://rebind.example.test:" + receiver.uri("/").getPort() + "/hooks/todo"), SECRET);
		dns.point("rebind.example.test", "127.0.0.1");

		// The name exists only in the test's table: delivery reached the receiver through
		// the checked address alone.
		channel.send(Notices.undated("Call"), rebinding).block();
		assertThat(receiver.next().headers().getFirst("Host")).startsWith("rebind.example.test:");
		assertThat(dns.lookups("rebind.example.test")).isEqualTo(1);

		dns.point("rebind.example.test", "169.254.169.254");
		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), rebinding).block())
			.isInstanceOf(UndeliverableException.class);
		assertThat(dns.lookups("rebind.example.test")).isEqualTo(2);
		assertThat(receiver.pending()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:%d/hooks/todo", "https://127.0.0.1:%d/hooks/todo",
			"https://[::ffff:127.0.0.1]:%d/hooks/todo", "https://2130706433:%d/hooks/todo" })
	void aUrlSavedUnderLaxerRulesIsRefusedWhenSendingWithoutConnecting(String url) {
		var saved = new Destination.Webhook(URI.create(url.formatted(receiver.uri("/").getPort())), SECRET);

		assertThatThrownBy(() -> channel(Duration.ofSeconds(10), PRODUCTION, WebClient.builder())
			.send(Notices.undated("Call"), saved)
			.block()).isInstanceOf(UndeliverableException.class).hasMessageEndingWith(": refused");
		assertThat(receiver.pending()).isZero();
	}

	@Test
	void credentialsInAStoredUrlAreRefusedAndNotRepeated() {
		var saved = new Destination.Webhook(
				URI.create("http://ada:s3cr3t@127.0.0.1:" + receiver.uri("/").getPort() + "/hooks/todo"), SECRET);

		assertThatThrownBy(() -> channel.send(Notices.undated("Call"), saved).block())
			.isInstanceOf(UndeliverableException.class)
			.hasMessageNotContaining("s3cr3t");
		assertThat(receiver.pending()).isZero();
	}

	@Test
	void anEndlessAnswerIsNotReadToItsEnd() throws Exception {
		var size = 256L * 1024 * 1024;
		var written = receiver.answerWithBodyOf("/hooks/todo", size);

		channel.send(Notices.undated("Call"), webhook).block(Duration.ofSeconds(10));

		assertThat(written.get(10, TimeUnit.SECONDS)).isLessThan(size);
	}

	private WebhookChannel channel(Duration timeout, WebhookRules rules, WebClient.Builder http) {
		var clock = new Clock() {

			@Override
			public Instant instant() {
				return now.get();
			}

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				throw new UnsupportedOperationException();
			}
		};
		var properties = new WebhookProperties(timeout, Duration.ofSeconds(5), DataSize.ofKilobytes(64),
				rules.development());
		return new WebhookChannel(http, new JsonMapper(), clock, properties, rules, dns);
	}

	private static boolean verify(HttpReceiver.Request request, Instant at) {
		return WebhookSignature.verify(SECRET, request.headers().getFirst("X-Todo-Timestamp"), request.body(),
				request.headers().getFirst("X-Todo-Signature"), at, Duration.ofMinutes(5));
	}

	/**
	 * What a receiver writes for itself, from the documented definition: not
	 * {@link WebhookSignature#sign}.
	 */
	private static String hmacSha256Hex(String key, String signed) throws GeneralSecurityException {
		var mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
