package io.todoplatform.web.settings;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFormUnitTests {

	@Test
	void emptyRowsAreDroppedAndTheApisPushIndexesNameTheFormsFields() {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("email", "");
		form.add("webhooks[0].url", "");
		form.add("webhooks[0].secret", "");
		form.add("webhooks[1].url", "ftp://example.org");
		form.add("webhooks[1].secret", "short");
		form.add("tokens[0]", "a token");
		var put = SettingsForm.read(form).put();

		assertThat(put.body()).containsEntry("email", null)
			.containsEntry("push", List.of(Map.of("type", "webhook", "url", "ftp://example.org", "secret", "short"),
					Map.of("type", "fcm", "token", "a token")));
		assertThat(put.placed(Map.of("push[0].url", "must be https", "push[0].secret", "is required", "push[1].token",
				"no spaces", "push[0].type", "webhook or fcm", "push", "at most 10")))
			.containsEntry("webhooks[1].url", "must be https")
			.containsEntry("webhooks[1].secret", "is required")
			.containsEntry("webhooks[1]", "webhook or fcm")
			.containsEntry("tokens[0]", "no spaces")
			.containsEntry("push", "at most 10");
	}

	@Test
	void storedWebhooksComeBackWithoutTheirSecretAndEveryListHasASpareRow() {
		var form = SettingsForm.of(Map.of("email", "alice@example.org", "push", List
			.of(Map.of("type", "webhook", "url", "https://example.org/hook"), Map.of("type", "fcm", "token", "t"))));

		assertThat(form.webhooks()).containsExactly(new SettingsForm.Webhook("https://example.org/hook", "", true),
				new SettingsForm.Webhook("", "", false));
		assertThat(form.tokens()).containsExactly("t", "");
	}

}
