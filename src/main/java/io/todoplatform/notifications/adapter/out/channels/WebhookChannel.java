package io.todoplatform.notifications.adapter.out.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.WebhookProperties;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import io.todoplatform.notifications.domain.WebhookRules;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts notices to webhooks that users run, as JSON signed with their secret
 * ({@link WebhookSignature}), only to public addresses ({@link WebhookRules}, checked
 * again here and against the addresses the host resolves to, see
 * {@link WebhookConnector}). {@code X-Todo-Delivery} is the same for every attempt at one
 * notice, so a receiver can drop repeats by it. 2xx is accepted; 408, 429, 5xx, a
 * connection failure or no answer within {@code todo.notifications.webhook.timeout} (10
 * s) are worth another try; any other answer (a 4xx, or a redirect, which is not
 * followed) and a destination the rules refuse are final. At most
 * {@code todo.notifications.webhook.max-answer} (64 KB) of an answer's body is read.
 */
@Component
class WebhookChannel implements Channel {

	static final String TIMESTAMP = "X-Todo-Timestamp";
	static final String SIGNATURE = "X-Todo-Signature";
	static final String DELIVERY = "X-Todo-Delivery";

	private final WebClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final WebhookRules rules;

	private final Duration timeout;

	private final long maxAnswer;

	WebhookChannel(WebClient.Builder http, JsonMapper json, Clock clock, WebhookProperties properties,
			WebhookRules rules, HostResolver hosts) {
		this.http = http.clientConnector(WebhookConnector.of(properties, rules, hosts)).build();
		this.json = json;
		this.clock = clock;
		this.rules = rules;
		this.timeout = properties.timeout();
		this.maxAnswer = properties.maxAnswer().toBytes();
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public boolean delivers(Destination destination) {
		return destination instanceof Destination.Webhook;
	}

	/** Signed when subscribed, so that each attempt carries a fresh timestamp. */
	@Override
	public Mono<Void> send(Notice notice, Destination destination) {
		if (!(destination instanceof Destination.Webhook webhook)) {
			return Mono.error(new UndeliverableException("A webhook does not deliver to " + destination));
		}
		var refusal = rules.refusal(webhook.url());
		if (refusal.isPresent()) {
			// Saved under other rules, or before there were any: refused now, without a
			// word about the URL itself.
			return Mono.error(new UndeliverableException("The webhook URL " + refusal.get() + ": refused"));
		}
		return Mono.defer(() -> {
			var body = json.writeValueAsBytes(payload(notice));
			var timestamp = Long.toString(clock.instant().getEpochSecond());
			return http.post()
				.uri(webhook.url())
				.contentType(MediaType.APPLICATION_JSON)
				.header(TIMESTAMP, timestamp)
				.header(SIGNATURE, WebhookSignature.sign(webhook.secret(), timestamp, body))
				.header(DELIVERY, notice.reminderId() + "/" + notice.fireAt())
				.bodyValue(body)
				.exchangeToMono(response -> answered(webhook, response))
				.timeout(timeout)
				.onErrorMap(WebhookChannel::refusalWithin);
		});
	}

	static Map<String, Object> payload(Notice notice) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("type", "reminder");
		payload.put("reminderId", notice.reminderId().toString());
		payload.put("fireAt", notice.fireAt().toString());
		payload.put("taskId", notice.taskId().toString());
		payload.put("title", notice.title());
		var due = notice.due();
		payload.put("due", due == null ? null : due.toString());
		payload.put("allDay", notice.allDay());
		payload.put("timeZone", notice.zone().getId());
		payload.put("taskLink", notice.taskLink().toString());
		payload.put("snoozeLink", notice.snoozeLink().toString());
		return payload;
	}

	private Mono<Void> answered(Destination.Webhook webhook, ClientResponse response) {
		var status = response.statusCode();
		return discardBody(response).then(Mono.defer(() -> status.is2xxSuccessful() ? Mono.empty()
				: Mono.error(worthRetrying(status) ? failing(response) : refused(webhook, status))));
	}

	/**
	 * Reads and drops the body, at most {@code maxAnswer} bytes of it: a longer one is
	 * cut off with the connection.
	 */
	private Mono<Void> discardBody(ClientResponse response) {
		var left = new AtomicLong(maxAnswer);
		return response.bodyToFlux(DataBuffer.class).takeWhile(buffer -> {
			var size = buffer.readableByteCount();
			DataBufferUtils.release(buffer);
			return left.addAndGet(-size) > 0;
		}).then();
	}

	/**
	 * The receiver is slow, busy or failing for now; other than 2xx, everything else is
	 * an answer to keep.
	 */
	private static boolean worthRetrying(HttpStatusCode status) {
		return status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
				|| status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
	}

	private static WebClientResponseException failing(ClientResponse response) {
		return WebClientResponseException.create(response.statusCode().value(),
				"The webhook answered " + response.statusCode(), response.headers().asHttpHeaders(), new byte[0], null);
	}

	private static UndeliverableException refused(Destination.Webhook webhook, HttpStatusCode status) {
		return new UndeliverableException("The webhook at " + webhook.url().getHost() + " answered " + status);
	}

	/**
	 * A destination refused while connecting arrives wrapped in the client's own
	 * exception.
	 */
	private static Throwable refusalWithin(Throwable error) {
		for (var cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof UndeliverableException refusal) {
				return refusal;
			}
		}
		return error;
	}

}
