package io.todoplatform.notifications.adapter.out.channels;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.FcmProperties;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes notices to devices through Firebase Cloud Messaging (HTTP v1 API). A token FCM
 * no longer knows (404, or 400 with {@code UNREGISTERED} or {@code INVALID_ARGUMENT}) or
 * one from another Firebase project (403 {@code SENDER_ID_MISMATCH}) is undeliverable; a
 * refused access token (401) is replaced on the next attempt; 429 and 5xx are worth
 * another try.
 */
@Component
class FcmChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(FcmChannel.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Set<String> UNDELIVERABLE = Set.of("UNREGISTERED", "INVALID_ARGUMENT", "SENDER_ID_MISMATCH");

	private final @Nullable URI messages;

	private final @Nullable FcmAccessToken access;

	private final WebClient http;

	private final JsonMapper json;

	FcmChannel(FcmProperties fcm, WebClient.Builder http, JsonMapper json) {
		this.messages = fcm.configured() ? fcm.messages() : null;
		var key = fcm.credentialsFile();
		this.access = key != null && fcm.configured() ? FcmAccessToken.of(key) : null;
		this.http = http.build();
		this.json = json;
		if (!fcm.configured()) {
			log.info("Push reminders are off: todo.notifications.fcm.project-id and credentials-file are not both set");
		}
	}

	@Override
	public String name() {
		return "fcm";
	}

	@Override
	public boolean delivers(Destination destination) {
		return access != null && destination instanceof Destination.Fcm;
	}

	@Override
	public Mono<Void> send(Notice notice, Destination destination) {
		if (!(destination instanceof Destination.Fcm device) || access == null || messages == null) {
			return Mono.error(new UndeliverableException("FCM does not deliver to " + destination));
		}
		return access.value()
			.flatMap(bearer -> http.post()
				.uri(messages)
				.headers(headers -> headers.setBearerAuth(bearer))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(json.writeValueAsBytes(FcmMessage.of(notice, device.token())))
				.retrieve()
				.onStatus(status -> !status.is2xxSuccessful(),
						response -> response.createException().map(error -> refusal(error, access)))
				.toBodilessEntity())
			.timeout(TIMEOUT)
			.then();
	}

	private Exception refusal(WebClientResponseException error, FcmAccessToken access) {
		var status = error.getStatusCode().value();
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			access.rejected();
		}
		var code = errorCode(error.getResponseBodyAsString());
		if (status == HttpStatus.NOT_FOUND.value() || UNDELIVERABLE.contains(code)) {
			return new UndeliverableException("FCM refused the device token: " + status + " " + code, error);
		}
		return error;
	}

	/**
	 * FCM's own code from the details of a Google API error, else the error's status;
	 * empty if there is none.
	 */
	private String errorCode(String body) {
		try {
			var error = json.readTree(body).path("error");
			for (var detail : error.path("details")) {
				if (detail.hasNonNull("errorCode")) {
					return detail.get("errorCode").asString();
				}
			}
			return error.path("status").asString("");
		}
		catch (JacksonException e) {
			return "";
		}
	}

}
