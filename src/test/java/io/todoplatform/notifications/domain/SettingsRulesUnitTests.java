package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Collections;
import java.util.List;

import io.todoplatform.notifications.domain.SettingsRules.PushInput;
import org.junit.jupiter.api.Test;

class SettingsRulesUnitTests {

	private static final String SECRET = "0123456789abcdef";

	private static final WebhookRules STRICT = new WebhookRules(false);

	@Test
	void validSettingsListEveryDestinationEmailFirst() {
		var settings = SettingsRules.of("alice", " alice@example.org ",
				List.of(new PushInput("webhook", "https://hooks.example.org/r", SECRET, null),
						new PushInput("fcm", null, null, "token-1")),
				STRICT);

		assertThat(settings.destinations()).containsExactly(new Destination.Email("alice@example.org"),
				new Destination.Webhook(URI.create("https://hooks.example.org/r"), SECRET),
				new Destination.Fcm("token-1"));
		assertThat(settings.push().get(0).toString()).doesNotContain(SECRET);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThatThrownBy(() -> SettingsRules.of("alice", "alice at example",
				List.of(new PushInput("webhook", "ftp://example.org", "short", null),
						new PushInput("pager", null, null, null), new PushInput("fcm", null, null, "has space"),
						new PushInput(null, null, null, null)),
				STRICT))
			.isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.fields()).containsExactly("email",
					"push[0].secret", "push[0].url", "push[1].type", "push[2].token", "push[3].type"));
	}

	@Test
	void atMostTenPushEndpoints() {
		var eleven = Collections.nCopies(11, new PushInput("fcm", null, null, "t"));

		assertThatThrownBy(() -> SettingsRules.of("alice", null, eleven, STRICT)).isInstanceOfSatisfying(
				InvalidSettingsException.class, e -> assertThat(e.fields()).containsExactly("push"));
	}

	@Test
	void noSettingsMeanNoDestinations() {
		assertThat(SettingsRules.of("alice", null, null, STRICT).destinations()).isEmpty();
	}

}
