package io.todoplatform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import io.todoplatform.support.MailServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders set in a real browser reach the user's inbox (a real SMTP server), once; the
 * reminders page lists them in their task's zone, and snoozes them.
 */
@ApiTest
class ReminderBrowserTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss z", Locale.US);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.US);

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aReminderSetInTheBrowserIsMailedOnceListedAndSnoozed() {
		var name = Browsers.newName("alice");
		var email = name + "@example.org";
		var page = browsers.signIn(name);
		page.navigate(browsers.base() + "/settings");
		page.getByLabel("Email address").fill(email);
		save(page);
		assertThat(page.getByText("Saved.")).isVisible();

		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user, Map.of("title", "Call the dentist", "timeZone", "Europe/Paris"));
		page.navigate(browsers.base() + "/tasks/" + id);
		// Far enough ahead to be saved before it is due, on a busy machine too.
		var fireAt = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
		var spare = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("New reminder"));
		spare.getByLabel("When").selectOption("at");
		spare.getByLabel("Remind at").fill(LocalDateTime.ofInstant(fireAt, PARIS).toString());
		save(page);
		assertThat(page.getByText("Saved.")).isVisible();
		assertThat(api.reminders(user, id)).singleElement()
			.satisfies(reminder -> assertThat(reminder).containsEntry("fireAt", fireAt.toString()));

		var mails = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> MailServer.to(email), received -> !received.isEmpty());
		assertThat(mails).hasSize(1);
		Awaitility.await()
			.during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(10))
			.until(() -> MailServer.to(email).size() == 1);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> api.reminders(user, id).get(0).get("status").equals("SENT"));

		page.navigate(browsers.base() + "/reminders");
		var item = reminder(page, "Call the dentist");
		assertThat(item).containsText("Sent");
		assertThat(item).containsText(shown(fireAt));
		Browsers.accessible(page);

		item.getByLabel("Snooze for").selectOption("PT1H");
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Snooze")).click();

		assertThat(page.getByText("Snoozed.")).isVisible();
		assertThat(reminder(page, "Call the dentist")).containsText("Scheduled");
		var snoozed = api.reminders(user, id).get(0);
		assertThat(snoozed).containsEntry("status", "SCHEDULED");
		var later = Instant.parse((String) snoozed.get("fireAt"));
		assertThat(later).isAfter(fireAt.plus(Duration.ofMinutes(59)));
		assertThat(reminder(page, "Call the dentist")).containsText(shown(later));
	}

	@Test
	void screenshotsAtDesktopAndPhoneSize() {
		var name = Browsers.newName("alice");
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var tomorrow = Instant.now().plus(Duration.ofDays(1)).atZone(PARIS).toLocalDate();
		api.create(user,
				Map.of("title", "Team meeting", "dueAt", tomorrow.atTime(10, 0).atZone(PARIS).toInstant().toString(),
						"timeZone", "Europe/Paris", "reminders", List.of(Map.of("before", "PT15M"))));
		api.create(user, Map.of("title", "Pay the rent", "dueDate", tomorrow.plusDays(3).toString(), "timeZone",
				"Europe/Paris", "reminders", List.of(Map.of("daysBefore", 1, "atTime", "18:00"))));
		api.create(user,
				Map.of("title", "Call Grandma in Montreal", "dueAt",
						tomorrow.plusDays(5).atTime(19, 0).atZone(ZoneId.of("America/Toronto")).toInstant().toString(),
						"timeZone", "America/Toronto", "reminders", List.of(Map.of("before", "PT1H"))));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> api.web()
				.get()
				.uri("/api/v1/reminders")
				.headers(user)
				.exchange()
				.expectBodyList(Map.class)
				.returnResult()
				.getResponseBody()
				.size() == 3);
		for (var size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
			var page = browsers.signIn(name, size);
			page.navigate(browsers.base() + "/reminders");
			assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Reminders"))
				.getByRole(AriaRole.LISTITEM)).hasCount(3);
			assertThat(reminder(page, "Call Grandma in Montreal")).containsText("EST");
			Browsers.accessible(page);
			Browsers.screenshot(page, "reminders", size);
		}
	}

	/** A fire time as the page shows it in Paris: with its seconds when it has some. */
	private static String shown(Instant fireAt) {
		return (fireAt.getEpochSecond() % 60 == 0 ? MINUTES : SHOWN).format(fireAt.atZone(PARIS));
	}

	static Locator reminder(Page page, String title) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Reminders"))
			.getByRole(AriaRole.LISTITEM, new Locator.GetByRoleOptions().setName(title));
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
	}

}
