package io.todoplatform.notifications.adapter.out.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts notices to webhooks that users run, as JSON signed with their secret ({@link WebhookSignature}).
 * {@code X-Todo-Delivery} is the same for every attempt at one notice, so a receiver can drop repeats by it. 2xx is
 * accepted; 408, 429, 5xx, a connection failure or no answer within {@code todo.notifications.webhook.timeout} (10 s)
 * are worth another try; any other answer (a 4xx, or a redirect, which is not followed) is final.
 */
@Component
class WebhookChannel implements Channel {

	static final String TIMESTAMP = "X-Todo-Timestamp";
	static final String SIGNATURE = "X-Todo-Signature";
	static final String DELIVERY = "X-Todo-Delivery";

	private final WebClient http;
	private final JsonMapper json;
	private final Clock clock;
	private final Duration timeout;

	WebhookChannel(WebClient.Builder http, JsonMapper json, Clock clock,
			@Value("${todo.notifications.webhook.timeout:10s}") Duration timeout) {
		this.http = http.build();
		this.json = json;
		this.clock = clock;
		this.timeout = timeout;
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
				.retrieve()
				.onStatus(status -> !status.is2xxSuccessful() && !worthRetrying(status),
						response -> response.releaseBody().thenReturn(refused(webhook, response.statusCode())))
				.toBodilessEntity()
				.timeout(timeout)
				.then();
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

	/** The receiver is slow, busy or failing for now; other than 2xx, everything else is an answer to keep. */
	private static boolean worthRetrying(HttpStatusCode status) {
		return status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
				|| status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
	}

	private static UndeliverableException refused(Destination.Webhook webhook, HttpStatusCode status) {
		return new UndeliverableException("The webhook at " + webhook.url().getHost() + " answered " + status);
	}
}
