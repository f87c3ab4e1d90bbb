package io.todoplatform.notifications.adapter.out.links;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.ReminderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links in notices. A snooze link names one firing of one reminder and carries an
 * HMAC-SHA256 of both, keyed with {@code todo.notifications.link-secret}: whoever holds
 * the email can snooze that reminder, and nothing else. It stops working once the
 * reminder fires at another time (snoozed or moved), so it works once.
 */
@Component
class SignedLinks implements Links {

	private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);

	/** Served by adapter.in.web.SnoozePage. */
	private static final String SNOOZE_PATH = "/notifications/snooze";

	private final String publicUrl;

	private final SecretKeySpec key;

	SignedLinks(NotificationProperties properties) {
		var publicUrl = properties.publicUrl();
		var secret = properties.linkSecret();
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.key = new SecretKeySpec(secret.isEmpty() ? randomSecret() : secret.getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
	}

	private static byte[] randomSecret() {
		log.warn("todo.notifications.link-secret is not set: snooze links in emails stop working when this process "
				+ "restarts");
		var secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

	@Override
	public URI task(UUID taskId) {
		return URI.create(publicUrl + "/api/v1/tasks/" + taskId);
	}

	@Override
	public URI snooze(ReminderId id, Instant fireAt) {
		return UriComponentsBuilder.fromUriString(publicUrl + SNOOZE_PATH)
			.queryParam("reminder", id.id())
			.queryParam("at", fireAt.toEpochMilli())
			.queryParam("sig", signature(id.id(), fireAt.toEpochMilli()))
			.build()
			.toUri();
	}

	/** Compared in constant time. */
	@Override
	public boolean signs(ReminderId id, Instant fireAt, String signature) {
		return MessageDigest.isEqual(signature(id.id(), fireAt.toEpochMilli()).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(UUID reminder, long at) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			var digest = mac.doFinal(("snooze|" + reminder + "|" + at).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}
