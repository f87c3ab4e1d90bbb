package io.todoplatform.web.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The settings form: an email address, webhooks and device tokens, each list with a spare
 * row for adding one. A row left empty is dropped. The API never shows a webhook's secret
 * again, so a stored webhook comes back with an empty secret: it is kept only if its
 * secret is given again (the API replaces the settings as a whole).
 */
public record SettingsForm(String email, List<Webhook> webhooks, List<String> tokens) {

	private static final Pattern PUSH_FIELD = Pattern.compile("push\\[(\\d+)\\]\\.?(.*)");

	static SettingsForm of(Map<String, Object> settings) {
		var webhooks = new ArrayList<Webhook>();
		var tokens = new ArrayList<String>();
		if (settings.get("push") instanceof List<?> push) {
			for (var endpoint : push) {
				var fields = (Map<?, ?>) endpoint;
				if ("webhook".equals(fields.get("type"))) {
					webhooks.add(new Webhook(String.valueOf(fields.get("url")), "", true));
				}
				else if ("fcm".equals(fields.get("type"))) {
					tokens.add(String.valueOf(fields.get("token")));
				}
			}
		}
		var email = settings.get("email") instanceof String address ? address : "";
		return new SettingsForm(email, spare(webhooks, new Webhook("", "", false)), spare(tokens, ""));
	}

	static SettingsForm read(MultiValueMap<String, String> form) {
		var webhooks = new ArrayList<Webhook>();
		for (var i = 0; form.containsKey("webhooks[" + i + "].url"); i++) {
			webhooks.add(new Webhook(value(form, "webhooks[" + i + "].url"), value(form, "webhooks[" + i + "].secret"),
					"true".equals(form.getFirst("webhooks[" + i + "].stored"))));
		}
		var tokens = new ArrayList<String>();
		for (var i = 0; form.containsKey("tokens[" + i + "]"); i++) {
			tokens.add(value(form, "tokens[" + i + "]"));
		}
		var spareWebhook = webhooks.isEmpty() || !webhooks.getLast().empty();
		return new SettingsForm(value(form, "email"),
				spareWebhook ? spare(webhooks, new Webhook("", "", false)) : webhooks,
				tokens.isEmpty() || !tokens.getLast().isBlank() ? spare(tokens, "") : tokens);
	}

	/**
	 * The settings as the API takes them, and the form field each push endpoint came
	 * from.
	 */
	SettingsPut put() {
		var push = new ArrayList<Map<String, String>>();
		var fields = new ArrayList<String>();
		for (var i = 0; i < webhooks.size(); i++) {
			var webhook = webhooks.get(i);
			if (!webhook.empty()) {
				push.add(Map.of("type", "webhook", "url", webhook.url().strip(), "secret", webhook.secret()));
				fields.add("webhooks[" + i + "]");
			}
		}
		for (var i = 0; i < tokens.size(); i++) {
			if (!tokens.get(i).isBlank()) {
				push.add(Map.of("type", "fcm", "token", tokens.get(i).strip()));
				fields.add("tokens[" + i + "]");
			}
		}
		var body = new LinkedHashMap<String, @Nullable Object>();
		body.put("email", email.isBlank() ? null : email);
		body.put("push", push);
		return new SettingsPut(body, fields);
	}

	/** The messages no field of the form shows: they go above it. */
	public static List<String> unplaced(Map<String, String> errors) {
		return errors.entrySet()
			.stream()
			.filter(error -> !error.getKey().equals("email") && !error.getKey().startsWith("webhooks[")
					&& !error.getKey().startsWith("tokens["))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static <T> List<T> spare(List<T> rows, T spare) {
		var withSpare = new ArrayList<>(rows);
		withSpare.add(spare);
		return withSpare;
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		var value = form.getFirst(name);
		return value == null ? "" : value;
	}

	/**
	 * @param stored whether it was read from the API (its secret is then not shown)
	 */
	public record Webhook(String url, String secret, boolean stored) {

		public boolean empty() {
			return url.isBlank() && secret.isEmpty();
		}

	}

	/**
	 * @param fields the form field of each push endpoint, by the API's index
	 */
	record SettingsPut(Map<String, @Nullable Object> body, List<String> fields) {

		/**
		 * The API's messages by the form's fields: {@code push[1].url} may be
		 * {@code webhooks[0].url}, {@code push[2].token} {@code tokens[0]}; a message
		 * about an endpoint as a whole goes to its row.
		 */
		Map<String, String> placed(Map<String, String> refusal) {
			var placed = new LinkedHashMap<String, String>();
			refusal.forEach((field, message) -> placed.merge(field(field), message, (one, more) -> one + "; " + more));
			return placed;
		}

		private String field(String field) {
			var matcher = PUSH_FIELD.matcher(field);
			if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= fields.size()) {
				return field;
			}
			var row = fields.get(Integer.parseInt(matcher.group(1)));
			var shown = row.startsWith("webhooks[") && List.of("url", "secret").contains(matcher.group(2));
			return shown ? row + "." + matcher.group(2) : row;
		}

	}

}
