package io.todoplatform.notifications.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Builds settings from what a user sent, reporting every broken rule at once. A
 * destination is checked here, once, so that delivery never meets an address it cannot
 * use.
 */
public final class SettingsRules {

	/**
	 * Deliberately loose: one @, no spaces, a dot in the domain; the mail server has the
	 * last word.
	 */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final int LONGEST_EMAIL = 254;

	private static final int LONGEST_URL = 2048;

	private static final int SHORTEST_SECRET = 16;

	private static final int LONGEST_SECRET = 256;

	private static final int LONGEST_TOKEN = 4096;

	/**
	 * One push endpoint as sent: {@code type} is {@code webhook} (url, secret) or
	 * {@code fcm} (token).
	 */
	public record PushInput(@Nullable String type, @Nullable String url, @Nullable String secret,
			@Nullable String token) {
	}

	private SettingsRules() {
	}

	/**
	 * @param webhooks where webhooks may point
	 */
	public static NotificationSettings of(String owner, @Nullable String email, @Nullable List<PushInput> push,
			WebhookRules webhooks) {
		var violations = new LinkedHashMap<String, String>();
		var validEmail = email == null ? null : email(email, violations);
		var inputs = push == null ? List.<PushInput>of() : push;
		if (inputs.size() > NotificationSettings.MOST_PUSH_ENDPOINTS) {
			violations.put("push", "at most " + NotificationSettings.MOST_PUSH_ENDPOINTS + " push endpoints");
		}
		var destinations = new ArrayList<Destination>();
		for (int i = 0; i < inputs.size(); i++) {
			var destination = push(inputs.get(i), "push[" + i + "]", webhooks, violations);
			if (destination != null) {
				destinations.add(destination);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidSettingsException(violations);
		}
		return new NotificationSettings(owner, validEmail, destinations);
	}

	private static Destination.@Nullable Email email(String address, Map<String, String> violations) {
		var trimmed = address.strip();
		if (trimmed.length() > LONGEST_EMAIL || !EMAIL.matcher(trimmed).matches()) {
			violations.put("email", "'" + address + "' is not an email address");
			return null;
		}
		return new Destination.Email(trimmed);
	}

	private static @Nullable Destination push(@Nullable PushInput input, String field, WebhookRules webhooks,
			Map<String, String> violations) {
		if (input == null || input.type() == null) {
			violations.put(field + ".type", "is required: webhook or fcm");
			return null;
		}
		return switch (input.type()) {
			case "webhook" -> webhook(input, field, webhooks, violations);
			case "fcm" -> fcm(input, field, violations);
			default -> {
				violations.put(field + ".type", "'" + input.type() + "' is not webhook or fcm");
				yield null;
			}
		};
	}

	private static @Nullable Destination webhook(PushInput input, String field, WebhookRules webhooks,
			Map<String, String> violations) {
		var url = url(input.url(), field + ".url", webhooks, violations);
		var secret = input.secret();
		if (secret == null || secret.length() < SHORTEST_SECRET || secret.length() > LONGEST_SECRET) {
			violations.put(field + ".secret",
					"is required: " + SHORTEST_SECRET + " to " + LONGEST_SECRET + " characters that sign each request");
			return null;
		}
		return url == null ? null : new Destination.Webhook(url, secret);
	}

	/**
	 * The reasons never repeat the URL: it may hold a password, and the answer and the
	 * logs must not.
	 */
	private static @Nullable URI url(@Nullable String text, String field, WebhookRules webhooks,
			Map<String, String> violations) {
		try {
			if (text != null && text.length() <= LONGEST_URL) {
				var url = new URI(text);
				var refusal = webhooks.refusal(url);
				if (refusal.isEmpty()) {
					return url;
				}
				violations.put(field, refusal.get());
				return null;
			}
		}
		catch (URISyntaxException e) {
			// reported below
		}
		violations.put(field, "is required: an absolute URL of at most " + LONGEST_URL + " characters");
		return null;
	}

	private static @Nullable Destination fcm(PushInput input, String field, Map<String, String> violations) {
		var token = input.token();
		if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN
				|| token.chars().anyMatch(Character::isWhitespace)) {
			violations.put(field + ".token", "is required: the FCM registration token, without spaces");
			return null;
		}
		return new Destination.Fcm(token);
	}

}
