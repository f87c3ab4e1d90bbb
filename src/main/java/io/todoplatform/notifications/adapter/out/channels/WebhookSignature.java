package io.todoplatform.notifications.adapter.out.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * How webhook deliveries are signed, the one definition for the sender and for receivers.
 * {@code X-Todo-Signature} is {@code v1=} and the lower-case hex HMAC-SHA256, keyed with
 * the destination's secret, of the {@code X-Todo-Timestamp} header (Unix seconds), a dot,
 * and the raw body bytes. A receiver recomputes it over the bytes it received, before
 * parsing them, and refuses a timestamp far from its own clock: the signed timestamp
 * keeps a captured delivery from being replayed later.
 */
final class WebhookSignature {

	static final String VERSION = "v1=";

	private static final HexFormat HEX = HexFormat.of();

	private WebhookSignature() {
	}

	static String sign(String secret, String timestamp, byte[] body) {
		return VERSION + HEX.formatHex(mac(secret, timestamp, body));
	}

	/**
	 * Whether a delivery is authentic and recent: signed with this secret over this
	 * timestamp and body, and the timestamp no further than the tolerance from now,
	 * either way. The comparison takes the same time however many characters match.
	 */
	static boolean verify(String secret, @Nullable String timestamp, byte[] body, @Nullable String signature,
			Instant now, Duration tolerance) {
		if (timestamp == null || signature == null || !signature.startsWith(VERSION)
				|| !recent(timestamp, now, tolerance)) {
			return false;
		}
		var expected = HEX.formatHex(mac(secret, timestamp, body)).getBytes(StandardCharsets.US_ASCII);
		var given = signature.substring(VERSION.length()).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	private static boolean recent(String timestamp, Instant now, Duration tolerance) {
		try {
			var signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
			return Duration.between(signedAt, now).abs().compareTo(tolerance) <= 0;
		}
		catch (NumberFormatException | DateTimeException | ArithmeticException e) {
			return false;
		}
	}

	private static byte[] mac(String secret, String timestamp, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}

}
