package io.todoplatform.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification settings page in a real browser: the API's refusals next to their
 * fields, and settings that are saved as shown.
 */
@ApiTest
class SettingsBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void theApiRefusalsShowNextToTheirFieldsThenTheSettingsAreSaved() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		page.navigate(browsers.base() + "/settings");
		page.getByLabel("Email address").fill("alice at example.org");
		var webhook = group(page, "New webhook");
		webhook.getByLabel("URL").fill("ftp://example.org/hooks/todo");
		webhook.getByLabel("Secret").fill("too short");
		page.getByLabel("New device token").fill("a token with spaces");
		var refused = page.waitForResponse(response -> response.request().method().equals("POST"), () -> save(page));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("The settings were not saved");
		assertThat(page.locator("#email-error")).containsText("is not an email address");
		assertThat(page.getByLabel("Email address")).hasAttribute("aria-invalid", "true");
		webhook = group(page, "Webhook 1");
		assertThat(webhook.locator(".url .error")).containsText("must be an http or https URL");
		assertThat(webhook.getByLabel("URL")).hasAttribute("aria-invalid", "true");
		assertThat(webhook.getByLabel("Secret")).hasAccessibleDescription(Pattern.compile("16 to 256"));
		assertThat(page.getByLabel("Device token 1"))
			.hasAccessibleDescription(Pattern.compile("the FCM registration token, without spaces"));

		page.getByLabel("Email address").fill("alice@example.org");
		webhook.getByLabel("URL").fill("https://example.org/hooks/todo");
		webhook.getByLabel("Secret").fill("a-secret-of-16-chars-or-more");
		page.getByLabel("Device token 1").fill("fcm-device-token-1");
		save(page);

		assertThat(page.getByText("Saved.")).isVisible();
		assertThat(page.getByLabel("Email address")).hasValue("alice@example.org");
		assertThat(group(page, "Webhook 1").getByLabel("URL")).hasValue("https://example.org/hooks/todo");
		assertThat(page.getByLabel("Device token 1")).hasValue("fcm-device-token-1");
		var api = Api.at(browsers.base());
		var settings = api.web()
			.get()
			.uri("/api/v1/me/notification-settings")
			.headers(api.signIn(name))
			.exchange()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
		assertThat(settings).containsEntry("email", "alice@example.org")
			.containsEntry("push", List.of(Map.of("type", "webhook", "url", "https://example.org/hooks/todo"),
					Map.of("type", "fcm", "token", "fcm-device-token-1")));
		Browsers.accessible(page);
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() {
		var page = browsers.signIn(Browsers.newName("alice"));

		var answer = page.request()
			.post(browsers.base() + "/settings",
					RequestOptions.create().setForm(FormData.create().set("email", "a@example.org")));

		assertThat(answer.status()).isEqualTo(403);
	}

	@Test
	void screenshotsAtDesktopAndPhoneSize() {
		var name = Browsers.newName("alice");
		var api = Api.at(browsers.base());
		api.settings(api.signIn(name),
				Map.of("email", "alice@example.org", "push",
						List.of(Map.of("type", "webhook", "url", "https://hooks.example.org/todo/alice", "secret",
								"a-secret-of-16-chars-or-more"),
								Map.of("type", "fcm", "token", "dXNlci1waG9uZS0xOjFiMmMzZDRl"))));
		for (var size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
			var page = browsers.signIn(name, size);
			page.navigate(browsers.base() + "/settings");
			assertThat(page.getByLabel("Email address")).hasValue("alice@example.org");
			Browsers.accessible(page);
			Browsers.screenshot(page, "settings", size);
		}
	}

	private static Locator group(Page page, String name) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
	}

}
